using System.Text.Json;
using System.Text.Json.Nodes;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Portability;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Recipes.Steps;

namespace OpinionAct.Media.Web.Portability;

/// <summary>The export's steps other than content: <c>settings</c>, <c>newsletters</c> and <c>redirects</c>.</summary>
internal static class ExportSteps
{
    public static void WriteSettings(Utf8JsonWriter json, SiteSettingsRecord? settings, ExportedMediaPaths media)
    {
        if (settings is null)
        {
            return;
        }

        json.WriteStartObject();
        json.WriteString("name", "settings");
        json.WriteString("SiteName", settings.SiteName);
        ExportItems.WriteOptional(json, "Description", settings.Description);
        json.WriteString("Language", settings.Language);
        json.WriteString("TimeZone", settings.TimeZone);
        ExportItems.WriteOptional(json, "Logo", media.Rewrite(settings.Logo));
        ExportItems.WriteOptional(json, "SocialImage", media.Rewrite(settings.SocialImage));
        json.WritePropertyName("SocialLinks");
        JsonSerializer.Serialize(json, ContentJson.Links(settings.SocialLinksJson));

        // Orchard settings a recipe gave and no feature reads yet travel on, so a hub moved twice keeps them.
        foreach (var (key, value) in JsonNode.Parse(settings.PropertiesJson) as JsonObject ?? [])
        {
            json.WritePropertyName(key);
            if (value is null)
            {
                json.WriteNullValue();
            }
            else
            {
                value.WriteTo(json);
            }
        }

        json.WriteEndObject();
    }

    public static void WriteNewsletters(Utf8JsonWriter json, IReadOnlyList<NewsletterRecord> newsletters)
    {
        if (newsletters.Count == 0)
        {
            return;
        }

        json.WriteStartObject();
        json.WriteString("name", "newsletters");
        json.WriteStartArray("Newsletters");
        foreach (var newsletter in newsletters)
        {
            json.WriteStartObject();
            json.WriteString("Slug", newsletter.Slug);
            json.WriteString("Name", newsletter.Name);
            ExportItems.WriteOptional(json, "Description", newsletter.Description);
            ExportItems.WriteOptional(json, "Cadence", newsletter.Cadence);
            json.WriteString("SenderName", newsletter.SenderName);
            json.WriteString("SenderAddress", newsletter.SenderAddress);
            ExportItems.WriteOptional(json, "ReplyTo", newsletter.ReplyTo);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Orchard's content definitions a recipe gave, as it gave them (see <c>ContentDefinitionStep</c>).</summary>
    public static void WriteContentDefinitions(Utf8JsonWriter json, IReadOnlyList<ContentDefinitionRecord> definitions)
    {
        if (definitions.Count == 0)
        {
            return;
        }

        json.WriteStartObject();
        json.WriteString("name", "ContentDefinition");
        foreach (var (property, kind) in new[] { ("ContentTypes", ContentDefinitionStep.TypeKind), ("ContentParts", ContentDefinitionStep.PartKind) })
        {
            json.WriteStartArray(property);
            foreach (var definition in definitions.Where(d => d.Kind == kind))
            {
                json.WriteRawValue(definition.Json);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    public static void WriteRedirects(Utf8JsonWriter json, IReadOnlyList<RedirectRecord> redirects)
    {
        if (redirects.Count == 0)
        {
            return;
        }

        json.WriteStartObject();
        json.WriteString("name", "redirects");
        json.WriteStartArray("Redirects");
        foreach (var redirect in redirects)
        {
            json.WriteStartObject();
            json.WriteString("FromPath", redirect.FromPath);
            json.WriteString("ToUrl", redirect.ToUrl);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The <c>questions</c> step: the published Q&amp;A, after the content step that creates their topics and experts.</summary>
    public static void WriteQuestions(Utf8JsonWriter json, IReadOnlyList<ExportedQuestion> questions)
    {
        if (questions.Count == 0)
        {
            return;
        }

        json.WriteStartObject();
        json.WriteString("name", "questions");
        json.WriteStartArray("Questions");
        foreach (var question in questions)
        {
            json.WriteStartObject();
            ExportItems.WriteOptional(json, "Topic", question.Topic);
            ExportItems.WriteOptional(json, "Expert", question.Expert);
            ExportItems.WriteOptional(json, "AssignedExpert", question.AssignedExpert);
            json.WriteString("Question", question.Text);
            json.WriteString("Answer", question.Answer);
            ExportItems.WriteOptional(json, "AnsweredBy", question.AnsweredBy);
            json.WriteString("AskedUtc", DateTime.SpecifyKind(question.AskedUtc, DateTimeKind.Utc).ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("AnsweredUtc", DateTime.SpecifyKind(question.AnsweredUtc, DateTimeKind.Utc).ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// The <c>correctionNotices</c> step with each notice's correction, issue and dates, so the imported hub's public
    /// corrections logs say "readers notified on …" as the original's do. Readers are a count, never addresses.
    /// </summary>
    public static void WriteCorrectionNotices(Utf8JsonWriter json, IReadOnlyList<ExportedCorrectionNotice> notices)
    {
        if (notices.Count == 0)
        {
            return;
        }

        json.WriteStartObject();
        json.WriteString("name", "correctionNotices");
        json.WriteStartArray("Notices");
        foreach (var notice in notices)
        {
            json.WriteStartObject();
            json.WriteString("Article", notice.ArticlePath);
            json.WriteString("Correction", notice.CorrectionKey);
            json.WriteString("Newsletter", notice.NewsletterSlug);
            json.WriteString("IssueSubject", notice.IssueSubject);
            json.WriteString("IssueSentUtc", Utc(notice.IssueSentUtc));
            json.WriteString("NotifiedUtc", Utc(notice.NotifiedUtc));
            json.WriteNumber("Readers", notice.Readers);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Utc(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
