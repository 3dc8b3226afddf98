namespace OpinionAct.Media.Site;

/// <summary>
/// One of the facts a reader weighs an expert by (credentials, affiliation, conflicts of interest), with the
/// editors' mark when they verified it. Who verified it is kept for the admin and the audit log, not published.
/// </summary>
public sealed record ExpertFactView(string Label, string Value)
{
    public string? VerifiedIso { get; init; }

    public string? VerifiedDisplay { get; init; }

    public bool Verified => VerifiedIso is not null;
}
