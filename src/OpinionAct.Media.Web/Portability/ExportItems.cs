using System.Globalization;
using System.Text.Json;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Portability;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Content;

namespace OpinionAct.Media.Web.Portability;

/// <summary>
/// Content items in the shape our importers and Orchard Core read: <c>ContentType</c>, <c>ContentItemId</c>, the
/// Orchard parts (TitlePart, AutoroutePart, MarkdownBodyPart or HtmlBodyPart) and ours (TopicPart, ExpertPart,
/// ArticlePart). An item made in the admin has no ContentItemId; it gets <c>&lt;type&gt;-&lt;id&gt;</c>, so importing the
/// same export twice updates rather than duplicates.
/// </summary>
internal static class ExportItems
{
    /// <summary>Topics with each parent before its children (the importer needs it), each keeping its display position.</summary>
    public static void WriteTopics(Utf8JsonWriter json, IReadOnlyList<TopicRecord> topics, ExportedMediaPaths media)
    {
        var byId = topics.ToDictionary(t => t.Id);
        var children = topics.ToLookup(t => t.ParentId is { } p && byId.ContainsKey(p) ? p : (int?)null);
        var ordered = new List<TopicRecord>();
        var pending = new Queue<TopicRecord>(children[null]);
        while (pending.TryDequeue(out var topic))
        {
            ordered.Add(topic);
            foreach (var child in children[topic.Id])
            {
                pending.Enqueue(child);
            }
        }

        foreach (var topic in ordered)
        {
            Start(json, "Topic", topic.ContentItemId, "topic", topic.Id, topic.Name, topic.Slug);
            json.WriteStartObject("TopicPart");
            WriteOptional(json, "Description", topic.Description);
            WriteOptional(json, "Parent", topic.ParentId is { } parent && byId.TryGetValue(parent, out var p) ? p.Slug : null);
            WriteOptional(json, "Image", media.Rewrite(topic.Image));
            json.WriteNumber("Position", topic.Position);
            json.WriteEndObject();
            json.WriteEndObject();
        }
    }

    public static void WriteExperts(Utf8JsonWriter json, IReadOnlyList<ExpertRecord> experts, ExportedMediaPaths media)
    {
        foreach (var expert in experts)
        {
            Start(json, "Expert", expert.ContentItemId, "expert", expert.Id, expert.Name, expert.Slug);
            json.WriteStartObject("ExpertPart");
            WriteOptional(json, "JobTitle", expert.JobTitle);
            WriteOptional(json, "Credentials", expert.Credentials);
            json.WriteString("Bio", media.Rewrite(expert.BioMarkdown));
            WriteOptional(json, "Photo", media.Rewrite(expert.PhotoUrl));
            json.WritePropertyName("Links");
            JsonSerializer.Serialize(json, ContentJson.Links(expert.LinksJson));
            WriteOptional(json, "Affiliation", expert.Affiliation);
            WriteOptional(json, "ConflictsOfInterest", expert.ConflictsOfInterest);
            // The editors' marks as they are (field, who, when): the import puts them back unchanged.
            json.WriteStartArray("Verifications");
            foreach (var mark in ContentJson.Verifications(expert.VerificationsJson))
            {
                json.WriteStartObject();
                json.WriteString("Field", mark.Field);
                json.WriteString("By", mark.By);
                json.WriteString("AtUtc", mark.AtUtc.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
    }

    public static void WriteArticle(Utf8JsonWriter json, ExportedArticle article, ExportedMediaPaths media)
    {
        var status = (ArticleStatus)article.Status;
        Start(json, "Article", article.ContentItemId, "article", article.Id, article.Title, article.Path);
        json.WriteBoolean("Published", status == ArticleStatus.Published);
        WriteDate(json, "CreatedUtc", article.CreatedUtc);
        WriteDate(json, "ModifiedUtc", article.UpdatedUtc);
        WriteBody(json, article.BodyMarkdown, article.BodyHtml, media);

        json.WriteStartObject("ArticlePart");
        WriteOptional(json, "Dek", article.Dek);
        json.WriteString("Language", article.Language);
        if (status is ArticleStatus.Scheduled or ArticleStatus.Archived)
        {
            json.WriteString("Status", status.ToString());
        }

        if (article.PublishedUtc is { } published)
        {
            WriteDate(json, "PublishedUtc", published);
        }

        if (status == ArticleStatus.Scheduled && article.ScheduledUtc is { } scheduled)
        {
            WriteDate(json, "ScheduledUtc", scheduled);
        }

        json.WriteBoolean("Featured", article.Featured);
        WriteStrings(json, "Topics", article.Topics);
        WriteStrings(json, "Experts", article.Experts);
        json.WritePropertyName("Sources");
        JsonSerializer.Serialize(json, ContentJson.Sources(article.SourcesJson));
        json.WriteStartArray("Corrections");
        foreach (var correction in ContentJson.Corrections(article.CorrectionsJson))
        {
            json.WriteStartObject();
            WriteDate(json, "Date", correction.Date.UtcDateTime);
            json.WriteString("Text", correction.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("ClaimReviews");
        JsonSerializer.Serialize(json, ContentJson.ClaimReviews(article.ClaimReviewsJson));
        WriteOptional(json, "CoverImage", media.Rewrite(article.CoverImage));
        WriteOptional(json, "CoverAlt", article.CoverAlt);
        WriteOptional(json, "SeoTitle", article.SeoTitle);
        WriteOptional(json, "SeoDescription", article.SeoDescription);
        WriteOptional(json, "CanonicalUrl", article.CanonicalUrl);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static void WritePages(Utf8JsonWriter json, IReadOnlyList<PageRecord> pages, ExportedMediaPaths media)
    {
        foreach (var page in pages)
        {
            Start(json, "Page", page.ContentItemId, "page", page.Id, page.Title, page.Path);
            json.WriteBoolean("Published", page.Published);
            WriteDate(json, "ModifiedUtc", page.UpdatedUtc);
            WriteBody(json, page.BodyMarkdown, page.BodyMarkdown.Length == 0 ? page.BodyHtml : string.Empty, media);
            json.WriteEndObject();
        }
    }

    /// <summary>The main menu as Orchard's Menu item of LinkMenuItems, site paths written <c>~/path</c> as Orchard does.</summary>
    public static void WriteMenu(Utf8JsonWriter json, string? menuJson)
    {
        var links = ContentJson.Links(menuJson ?? "[]");
        if (links.Count == 0)
        {
            return;
        }

        json.WriteStartObject();
        json.WriteString("ContentType", "Menu");
        json.WriteString("ContentItemId", "main-menu");
        json.WriteString("DisplayText", "Main Menu");
        json.WriteBoolean("Published", true);
        json.WriteStartObject("TitlePart");
        json.WriteString("Title", "Main Menu");
        json.WriteEndObject();
        json.WriteStartObject("MenuItemsListPart");
        json.WriteStartArray("MenuItems");
        foreach (var link in links)
        {
            json.WriteStartObject();
            json.WriteString("ContentType", "LinkMenuItem");
            json.WriteStartObject("LinkMenuItemPart");
            json.WriteString("Name", link.Label);
            json.WriteString("Url", link.Url.StartsWith('/') ? "~" + link.Url : link.Url);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void Start(Utf8JsonWriter json, string type, string? contentItemId, string prefix, int id, string title, string path)
    {
        json.WriteStartObject();
        json.WriteString("ContentType", type);
        json.WriteString("ContentItemId", contentItemId ?? string.Create(CultureInfo.InvariantCulture, $"{prefix}-{id}"));
        json.WriteString("DisplayText", title);
        json.WriteStartObject("TitlePart");
        json.WriteString("Title", title);
        json.WriteEndObject();
        json.WriteStartObject("AutoroutePart");
        json.WriteString("Path", path);
        json.WriteEndObject();
    }

    /// <summary>Markdown when the item has it; otherwise the sanitised HTML it was imported with (an Orchard HtmlBodyPart).</summary>
    private static void WriteBody(Utf8JsonWriter json, string markdown, string html, ExportedMediaPaths media)
    {
        if (markdown.Length > 0 || html.Length == 0)
        {
            json.WriteStartObject("MarkdownBodyPart");
            json.WriteString("Markdown", media.Rewrite(markdown));
        }
        else
        {
            json.WriteStartObject("HtmlBodyPart");
            json.WriteString("Html", media.Rewrite(html));
        }

        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateTime utc) =>
        json.WriteString(name, DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture));
}
