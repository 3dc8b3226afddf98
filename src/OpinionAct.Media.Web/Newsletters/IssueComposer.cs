using System.Text.Json;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Markdown;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// Turns an issue into what its email template reads: the Markdown body rendered (and sanitised) by the
/// platform's Markdown renderer, and the picked articles that are published, in the editor's order, with
/// absolute links. The same view serves the preview, the test send and the frozen copy a send mails.
/// </summary>
public sealed class IssueComposer(IssueStore store, MarkdownRenderer markdown)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IssueEmailView> ComposeAsync(NewsletterIssueRecord issue, string homeUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var ids = ArticleIds(issue.ArticleIdsJson);
        var articles = ids.Count == 0 ? [] : await store.PublishedArticlesAsync(ids, cancellationToken);
        var byId = articles.ToDictionary(a => a.Id);
        var digest = ids.Where(byId.ContainsKey).Select(id => byId[id]).Select(a => new DigestItemView
        {
            Title = a.Title,
            Dek = a.Dek,
            Url = homeUrl + a.Path,
            Topics = a.OrderedTopics().Select(t => new LinkView(t.Name, $"{homeUrl}topics/{t.Slug}")).ToList(),
        }).ToList();

        return new IssueEmailView
        {
            BodyHtml = markdown.Render(issue.BodyMarkdown).Html,
            BodyText = issue.BodyMarkdown.Replace("\r\n", "\n", StringComparison.Ordinal).Trim(),
            Digest = digest,
        };
    }

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
