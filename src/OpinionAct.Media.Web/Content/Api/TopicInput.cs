using OpinionAct.Media.Content;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>A topic as the Admin API receives it (the admin form's fields); <c>parent</c> is the parent's slug.</summary>
public sealed record TopicInput(string? Name, string? Slug, string? Description, string? Parent, string? Image)
{
    public TopicDraft ToDraft() => new(Name ?? string.Empty, Blank(Slug), Blank(Description), Blank(Parent), Image ?? string.Empty);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
