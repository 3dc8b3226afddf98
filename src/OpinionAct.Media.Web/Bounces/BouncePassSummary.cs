namespace OpinionAct.Media.Web.Bounces;

/// <summary>
/// What one pass over a bounce mailbox did: messages fetched; reports recorded as hard bounces, soft bounces and
/// complaints; reports about nobody on the list (unmatched); mail with nothing to act on (ignored: auto-replies,
/// delayed DSNs, non-complaint feedback); VERP tokens refused (forged, or minted by another tenant); unreadable
/// reports (malformed); messages moved or deleted; and the error that stopped it, if any.
/// </summary>
public sealed class BouncePassSummary
{
    public int Fetched { get; set; }

    public int Hard { get; set; }

    public int Soft { get; set; }

    public int Complaints { get; set; }

    public int Unmatched { get; set; }

    public int Ignored { get; set; }

    public int Refused { get; set; }

    public int Malformed { get; set; }

    /// <summary>Messages moved to the processed folder or deleted (including ones a stopped pass had recorded but not moved).</summary>
    public int Processed { get; set; }

    /// <summary>The pass was stopped (host shutting down, or cancelled) before the mailbox was empty; the next one resumes.</summary>
    public bool Stopped { get; set; }

    /// <summary>One sentence an operator can act on, without secrets; null when the pass succeeded.</summary>
    public string? Error { get; set; }

    public void Add(BouncePassSummary batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        Fetched += batch.Fetched;
        Hard += batch.Hard;
        Soft += batch.Soft;
        Complaints += batch.Complaints;
        Unmatched += batch.Unmatched;
        Ignored += batch.Ignored;
        Refused += batch.Refused;
        Malformed += batch.Malformed;
    }
}
