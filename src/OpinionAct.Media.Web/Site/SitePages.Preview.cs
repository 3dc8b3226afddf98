using OpinionAct.Media.Data.Content;

namespace OpinionAct.Media.Web.Site;

/// <summary>The article editor's preview: an unsaved article through the hub's own theme, exactly as readers would get it.</summary>
public sealed partial class SitePages
{
    /// <summary>
    /// Renders <paramref name="unsaved"/> (built from the editor's form, never stored) with the theme's article
    /// template. Only reads: settings, topics, newsletters and library images. The tracker URL is emptied so a
    /// preview can never count as a reader's visit, even if a browser ran its scripts.
    /// </summary>
    public async Task<string> ArticlePreviewAsync(ArticleRecord unsaved, CancellationToken ct)
    {
        var site = await SiteAsync(ct);
        await ImagesAsync(site, [unsaved.CoverImage, .. unsaved.OrderedExperts().Select(e => e.PhotoUrl)], [unsaved.BodyHtml], ct);
        var view = site.View(unsaved, []);
        var head = site.Head(unsaved.SeoTitle ?? unsaved.Title, unsaved.SeoDescription ?? unsaved.Dek, unsaved.CanonicalUrl ?? view.Url, view.Cover is null ? null : unsaved.CoverImage, "article");
        var preview = site.Site with { TrackerUrl = string.Empty };
        return await renderer.RenderPageAsync(site.ThemeName, "article", preview, head, view, ct);
    }
}
