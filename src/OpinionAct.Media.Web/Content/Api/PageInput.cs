using OpinionAct.Media.Content;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>A static page as the Admin API receives it; the body is Markdown; <c>published</c> defaults to true.</summary>
public sealed record PageInput(string? Title, string? Path, string? Body, bool? Published)
{
    public PageDraft ToDraft() => new(Title ?? string.Empty, string.IsNullOrWhiteSpace(Path) ? null : Path.Trim('/'), Body ?? string.Empty, Published ?? true);
}
