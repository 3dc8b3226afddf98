using System.Text.Json;
using System.Text.Json.Nodes;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Web.Site;

/// <summary>
/// schema.org structured data. The serializer's default encoder escapes &lt;, &gt; and &amp;, so the
/// JSON can sit inside a script element without closing it early.
/// </summary>
public static partial class JsonLd
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    /// <param name="images">The cover's crops (1:1, 16:9, 1200 × 630), absolute; empty to use the cover URL as is.</param>
    public static string Article(ArticleView article, SiteRequest site, IReadOnlyList<string>? images = null)
    {
        var urls = site.Urls;
        var topics = new JsonArray(article.Topics.Select(t => (JsonNode)JsonValue.Create(t.Label)).ToArray());
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Article",
            ["headline"] = article.Title,
            ["description"] = article.Dek,
            ["inLanguage"] = article.Language,
            ["url"] = urls.Absolute(article.Url),
            ["mainEntityOfPage"] = urls.Absolute(article.Url),
            ["datePublished"] = article.PublishedIso,
            ["dateModified"] = article.UpdatedIso ?? article.PublishedIso,
            ["author"] = new JsonArray(article.Experts.Select(e => (JsonNode)new JsonObject
            {
                ["@type"] = "Person",
                ["name"] = e.Name,
                ["url"] = urls.Absolute(e.Url),
                ["jobTitle"] = e.JobTitle,
                ["description"] = e.Credentials,
                ["knowsAbout"] = topics.DeepClone(),
            }).ToArray()),
            ["publisher"] = Organization(site),
            ["about"] = new JsonArray(article.Topics.Select(t => (JsonNode)new JsonObject { ["@type"] = "Thing", ["name"] = t.Label, ["url"] = urls.Absolute(t.Url) }).ToArray()),
            ["citation"] = new JsonArray(article.Sources.Select(s => (JsonNode)new JsonObject
            {
                ["@type"] = "CreativeWork",
                ["name"] = s.Title,
                ["url"] = s.Url,
                ["publisher"] = s.Publisher is null ? null : new JsonObject { ["@type"] = "Organization", ["name"] = s.Publisher },
            }).ToArray()),
        };
        if (images is { Count: > 0 })
        {
            json["image"] = new JsonArray(images.Select(i => (JsonNode)JsonValue.Create(i)).ToArray());
        }
        else if (article.CoverImageUrl is not null)
        {
            json["image"] = urls.Absolute(article.CoverImageUrl);
        }

        if (article.Corrections.Count > 0)
        {
            json["correction"] = new JsonArray(article.Corrections.Select(c => (JsonNode)new JsonObject
            {
                ["@type"] = "CorrectionComment",
                ["text"] = c.Text,
                ["datePublished"] = c.DateIso,
            }).ToArray());
        }

        if (article.Origin is { } origin)
        {
            // A republished article: the ally's original is the work this page is based on (and its canonical).
            json["isBasedOn"] = new JsonObject { ["@type"] = "Article", ["url"] = origin.Url, ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = origin.Hub } };
        }

        return Serialize(json);
    }

    public static string WebSite(SiteRequest site) => Serialize(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = site.Site.Name,
        ["description"] = site.Site.Description,
        ["inLanguage"] = site.Site.Language,
        ["url"] = site.Urls.Absolute(site.Urls.Home),
        ["publisher"] = Organization(site),
    });

    public static string Person(ExpertView expert, IEnumerable<string> knowsAbout, SiteRequest site) => Serialize(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Person",
        ["name"] = expert.Name,
        ["url"] = site.Urls.Absolute(expert.Url),
        ["jobTitle"] = expert.JobTitle,
        ["description"] = expert.ConflictsOfInterest is null ? expert.Credentials : $"{expert.Credentials}{(expert.Credentials is null ? "" : " — ")}{site.Site.Text.ConflictsOfInterest}: {expert.ConflictsOfInterest}",
        ["affiliation"] = expert.Affiliation is null ? null : new JsonObject { ["@type"] = "Organization", ["name"] = expert.Affiliation },
        ["hasCredential"] = expert.Credentials is null ? null : new JsonObject { ["@type"] = "EducationalOccupationalCredential", ["name"] = expert.Credentials },
        ["image"] = expert.PhotoUrl is { Length: > 0 } photo ? site.Urls.Absolute(photo) : null,
        ["knowsAbout"] = new JsonArray(knowsAbout.Select(k => (JsonNode)JsonValue.Create(k)).ToArray()),
        ["sameAs"] = new JsonArray(expert.Links.Select(l => (JsonNode)JsonValue.Create(l.Url)).ToArray()),
    });

    /// <summary>
    /// Answered reader questions as <c>FAQPage</c>: the page holds questions each with one answer written by the hub's
    /// editors, which is what FAQPage describes. <c>QAPage</c> is for one question with answers from a community
    /// (several, voted), which these are not.
    /// </summary>
    public static string Faq(IReadOnlyList<QuestionAnswerView> questions, string url, SiteRequest site) => Serialize(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "FAQPage",
        ["url"] = site.Urls.Absolute(url),
        ["inLanguage"] = site.Site.Language,
        ["mainEntity"] = new JsonArray(questions.Select(q => (JsonNode)new JsonObject
        {
            ["@type"] = "Question",
            ["name"] = q.Question,
            ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = q.AnswerHtml, ["dateCreated"] = q.AnsweredIso },
        }).ToArray()),
    });

    private static JsonObject Organization(SiteRequest site) => new()
    {
        ["@type"] = "Organization",
        ["name"] = site.Site.Name,
        ["url"] = site.Urls.Absolute(site.Urls.Home),
    };

    private static string Serialize(JsonObject json)
    {
        // Drop nulls so the graph only states what we know.
        foreach (var key in json.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            json.Remove(key);
        }

        return json.ToJsonString(Options);
    }
}
