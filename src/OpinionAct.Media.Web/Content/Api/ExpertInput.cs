using OpinionAct.Media.Content;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>
/// An expert as the Admin API receives it (the admin form's fields); the bio is Markdown. A PUT replaces every field,
/// except the guest-expert ones added later (<see cref="Affiliation"/>, <see cref="ConflictsOfInterest"/>,
/// <see cref="Verified"/>): absent or null keeps the stored value, so a client that predates them cannot erase a
/// declared conflict of interest or the editors' marks. An empty string clears a text; <c>[]</c> removes every mark.
/// </summary>
public sealed record ExpertInput(
    string? Name,
    string? Slug,
    string? JobTitle,
    string? Credentials,
    string? Bio,
    string? PhotoUrl,
    IReadOnlyList<LinkView?>? Links,
    string? Affiliation = null,
    string? ConflictsOfInterest = null,
    IReadOnlyList<string?>? Verified = null)
{
    /// <param name="stored">The expert being replaced (a PUT), whose guest-expert fields an absent one keeps.</param>
    public ExpertDraft ToDraft(ExpertDraft? stored = null) => new()
    {
        Name = Name ?? string.Empty,
        Slug = Blank(Slug),
        JobTitle = Blank(JobTitle),
        Credentials = Blank(Credentials),
        Bio = Bio ?? string.Empty,
        PhotoUrl = Blank(PhotoUrl),
        Links = (Links ?? []).Select(l => l ?? new LinkView(string.Empty, string.Empty)).ToList(),
        Affiliation = Affiliation is null ? stored?.Affiliation : Blank(Affiliation),
        ConflictsOfInterest = ConflictsOfInterest is null ? stored?.ConflictsOfInterest : Blank(ConflictsOfInterest),
        Verified = Verified is null ? stored?.Verified ?? [] : Verified.Select(Field).ToList(),
    };

    /// <summary>A field name as the service knows it, whatever its case ("affiliation" is "Affiliation"); unknown ones reach the validator as sent.</summary>
    private static string Field(string? name) =>
        ExpertVerification.Fields.FirstOrDefault(f => string.Equals(f, name?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? name?.Trim() ?? string.Empty;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
