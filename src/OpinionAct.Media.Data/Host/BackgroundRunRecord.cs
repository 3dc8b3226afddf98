namespace OpinionAct.Media.Data.Host;

/// <summary>
/// One run of a leader job on a cluster member (docs/scale-out.md#background-work): which node ran which kind for
/// which tenant, and when. Two rows of one kind and tenant whose times overlap would mean the job ran twice at once.
/// </summary>
public sealed class BackgroundRunRecord
{
    public long Id { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string Tenant { get; set; } = string.Empty;

    public string Node { get; set; } = string.Empty;

    public DateTime StartedUtc { get; set; }

    /// <summary>Null while running, or for ever when the node died during the run.</summary>
    public DateTime? FinishedUtc { get; set; }

    /// <summary><c>ok</c>, <c>failed</c>, or <c>stopped</c> (the lease was lost or the node stopped mid-run).</summary>
    public string? Outcome { get; set; }
}
