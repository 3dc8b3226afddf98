using OpinionAct.Media.Content;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>An expert as the Admin API receives it (the admin form's fields); the bio is Markdown.</summary>
public sealed record ExpertInput(string? Name, string? Slug, string? JobTitle, string? Credentials, string? Bio, string? PhotoUrl, IReadOnlyList<LinkView?>? Links)
{
    public ExpertDraft ToDraft() => new()
    {
        Name = Name ?? string.Empty,
        Slug = Blank(Slug),
        JobTitle = Blank(JobTitle),
        Credentials = Blank(Credentials),
        Bio = Bio ?? string.Empty,
        PhotoUrl = Blank(PhotoUrl),
        Links = (Links ?? []).Select(l => l ?? new LinkView(string.Empty, string.Empty)).ToList(),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
