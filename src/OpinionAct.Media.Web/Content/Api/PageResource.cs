using OpinionAct.Media.Data.Content;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>A static page as the Admin API answers it.</summary>
public sealed record PageResource(int Id, string Path, string Title, string Body, bool Published, DateTime UpdatedUtc)
{
    public static PageResource From(PageRecord page) => new(page.Id, page.Path, page.Title, page.BodyMarkdown, page.Published, page.UpdatedUtc);
}
