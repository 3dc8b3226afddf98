using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Markdown;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.MediaLibrary.Rendering;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// Turns an issue into what its email template reads: the Markdown body rendered (and sanitised) by the
/// platform's Markdown renderer, and the picked articles that are published, in the editor's order, with
/// absolute links. The same view serves the preview, the test send and the frozen copy a send mails.
/// </summary>
public sealed partial class IssueComposer(IssueStore store, MarkdownRenderer markdown, MediaImages media)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>About what inbox lists show of a preheader on a phone and a desktop.</summary>
    private const int PreheaderLength = 140;

    public async Task<IssueEmailView> ComposeAsync(NewsletterIssueRecord issue, string homeUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var ids = ArticleIds(issue.ArticleIdsJson);
        var articles = ids.Count == 0 ? [] : await store.PublishedArticlesAsync(ids, cancellationToken);
        var byId = articles.ToDictionary(a => a.Id);

        // Email images are absolute (read far from the site) and portable: one query for the body's and the covers' items.
        var body = markdown.Render(issue.BodyMarkdown).Html;
        var origin = homeUrl.TrimEnd('/');
        var images = await media.LoadAsync(
            articles.Select(a => a.CoverImage), [body], origin, origin, null, url => url.StartsWith('/') ? origin + url : url, url => url, cancellationToken);
        var digest = ids.Where(byId.ContainsKey).Select(id => byId[id]).Select(a => new DigestItemView
        {
            Title = a.Title,
            Dek = a.Dek,
            Url = homeUrl + a.Path,
            Cover = images.Email(a.CoverImage, a.CoverAlt),
            Topics = a.OrderedTopics().Select(t => new LinkView(t.Name, $"{homeUrl}topics/{t.Slug}")).ToList(),
        }).ToList();

        return new IssueEmailView
        {
            BodyHtml = MediaFigures.Expand(body, images, MediaHtmlTarget.Email),
            Digest = digest,
        };
    }

    /// <summary>
    /// The line inbox lists show after the subject: the editor's preheader, else the body's first paragraph (cut at a
    /// word near 140 characters), else the first picked article's title.
    /// </summary>
    public static string? Preheader(NewsletterIssueRecord issue, IssueEmailView view)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(view);
        if (!string.IsNullOrWhiteSpace(issue.Preheader))
        {
            return issue.Preheader;
        }

        var paragraph = FirstParagraph().Match(view.BodyHtml);
        // Its words only: a link's URL has no place in an inbox list.
        var first = paragraph.Success ? string.Join(' ', WebUtility.HtmlDecode(Tag().Replace(paragraph.Value, m => m.Value.StartsWith("<br", StringComparison.Ordinal) ? " " : string.Empty)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : string.Empty;
        if (first.Length > PreheaderLength)
        {
            var cut = first.LastIndexOf(' ', PreheaderLength);
            first = string.Concat(first.AsSpan(0, cut > 0 ? cut : PreheaderLength), "…");
        }

        return first.Length > 0 ? first : view.Digest.Count > 0 ? view.Digest[0].Title : null;
    }

    // The body is the Markdown renderer's sanitised output: a <p> start tag is a real paragraph.
    [GeneratedRegex("<p[ >].*?</p>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex FirstParagraph();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    public static string Freeze(IssueEmailView view) => JsonSerializer.Serialize(view, Json);

    public static IssueEmailView Thaw(string json) => JsonSerializer.Deserialize<IssueEmailView>(json, Json) ?? new IssueEmailView();

    public static List<int> ArticleIds(string? json)
    {
        try
        {
            return string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<int>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
