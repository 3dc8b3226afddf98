namespace OpinionAct.Media.Web.Content.Api;

/// <summary>
/// An expert of the hub: credentials, affiliation, declared conflicts of interest, biography and profile links, and
/// which of those facts the editors verified (<see cref="Facts"/>).
/// </summary>
public sealed record ContentExpert(
    string Slug,
    string Name,
    string Url,
    string? JobTitle,
    string? Credentials,
    string BioHtml,
    ContentImage? Photo,
    IReadOnlyList<ContentLink> Links,
    string? Affiliation,
    string? ConflictsOfInterest,
    IReadOnlyList<ContentExpertFact> Facts);
