using System.Net;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Themes;

// TEMPORARY stand-in until the Fluid theme engine lands from its branch; removed on merge.
#pragma warning disable CA1822, CA1801, IDE0060 // stand-in only
public sealed class ThemeRenderer(ThemeCatalog catalog)
{
    public ThemeCatalog Catalog { get; } = catalog;

    public ValueTask<string> RenderPageAsync(string theme, string template, SiteView site, HeadView head, object? model, CancellationToken cancellationToken = default)
    {
        var body = model switch
        {
            ArticleView a => $"<h1>{WebUtility.HtmlEncode(a.Title)}</h1><p>{WebUtility.HtmlEncode(a.Dek)}</p>{string.Join("", a.Topics.Select(t => $"<a href=\"{t.Url}\">{WebUtility.HtmlEncode(t.Label)}</a>"))}{a.BodyHtml}",
            PageView p => $"<h1>{WebUtility.HtmlEncode(p.Title)}</h1>{p.BodyHtml}",
            _ => $"<h1>{WebUtility.HtmlEncode(site.Name)}</h1>",
        };
        return ValueTask.FromResult($"<!DOCTYPE html><html lang=\"{site.Language}\"><head><title>{WebUtility.HtmlEncode(head.Title)}</title></head><body><main id=\"main\">{body}</main></body></html>");
    }

    public void Release(string theme) { }
}
