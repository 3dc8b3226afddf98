using System.Buffers;
using System.Text.Json;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Portability;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.MediaLibrary.Storage;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Portability;

/// <summary>
/// Writes the current tenant as a recipe in Orchard Core's format, which <c>tenants create --recipe-file</c> turns back
/// into the same hub: features, theme, settings, newsletters, topics, experts, articles (their current state, with
/// sources, corrections and fact-checks), pages, redirects and the published reader Q&amp;A, and with <see cref="RecipeExportOptions.IncludeMedia"/> every library
/// file as Base64. Nothing personal leaves: no accounts, no subscribers (their CSV export carries consent proof).
/// Everything is read from one consistent view of the database and streamed to the output.
/// </summary>
internal sealed class RecipeExporter(TenantExportReader reader, IMediaStorage storage, TenantContext tenant, TimeProvider clock)
{
    public async Task<RecipeExportSummary> WriteAsync(Stream output, RecipeExportOptions options, CancellationToken cancellationToken)
    {
        var summary = new RecipeExportSummary();

        // The writer fills a buffer that is copied out asynchronously at each flush point: nothing here writes to the
        // output synchronously (a response body refuses that), and memory stays one article or one file deep.
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        await using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        async Task FlushAsync()
        {
            json.Flush();
            await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
            summary.Bytes += buffer.WrittenCount;
            buffer.ResetWrittenCount();
        }

        await reader.ReadAsync(async snapshot =>
        {
            var settings = await snapshot.SettingsAsync(cancellationToken);
            var media = await snapshot.MediaAsync(cancellationToken);
            var paths = new ExportedMediaPaths(media);
            var name = tenant.Tenant.Name;

            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("displayName", settings?.SiteName is { Length: > 0 } siteName ? siteName : tenant.Tenant.DisplayName);
            json.WriteString("description", $"Export of '{name}' made on {clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC by OpinionAct Media");
            json.WriteString("author", "OpinionAct Media");
            json.WriteString("version", "1.0.0");
            json.WriteBoolean("issetuprecipe", true);
            json.WriteStartArray("categories");
            json.WriteStringValue("export");
            json.WriteEndArray();
            json.WriteStartArray("steps");

            WriteFeatures(json, await snapshot.FeaturesAsync(cancellationToken));
            json.WriteStartObject();
            json.WriteString("name", "themes");
            json.WriteString("site", settings?.Theme ?? tenant.Tenant.Theme ?? ThemeCatalog.DefaultTheme);
            json.WriteEndObject();
            if (options.IncludeMedia)
            {
                summary.MediaFiles = await WriteMediaAsync(json, media, paths, FlushAsync, cancellationToken);
            }

            ExportSteps.WriteSettings(json, settings, paths);
            ExportSteps.WriteNewsletters(json, await snapshot.NewslettersAsync(cancellationToken));
            ExportSteps.WriteContentDefinitions(json, await snapshot.ContentDefinitionsAsync(cancellationToken));

            json.WriteStartObject();
            json.WriteString("name", "content");
            json.WriteStartArray("Data");
            var topics = await snapshot.TopicsAsync(cancellationToken);
            ExportItems.WriteTopics(json, topics, paths);
            summary.Topics = topics.Count;
            var experts = await snapshot.ExpertsAsync(cancellationToken);
            ExportItems.WriteExperts(json, experts, paths);
            summary.Experts = experts.Count;
            await foreach (var article in snapshot.ArticlesAsync().WithCancellation(cancellationToken))
            {
                ExportItems.WriteArticle(json, article, paths);
                summary.Articles++;
                if (json.BytesPending + buffer.WrittenCount > 1 << 16)
                {
                    await FlushAsync();
                }
            }

            var pages = await snapshot.PagesAsync(cancellationToken);
            ExportItems.WritePages(json, pages, paths);
            summary.Pages = pages.Count;
            ExportItems.WriteMenu(json, settings?.MenuJson);
            json.WriteEndArray();
            json.WriteEndObject();

            var redirects = await snapshot.RedirectsAsync(cancellationToken);
            ExportSteps.WriteRedirects(json, redirects);
            summary.Redirects = redirects.Count;
            ExportSteps.WriteQuestions(json, await snapshot.AnsweredQuestionsAsync(cancellationToken));
            ExportSteps.WriteCorrectionNotices(json, await snapshot.CorrectionNoticesAsync(cancellationToken));

            json.WriteEndArray();
            json.WriteEndObject();
        }, cancellationToken);

        await FlushAsync();
        return summary;
    }

    private static void WriteFeatures(Utf8JsonWriter json, IReadOnlyList<string> features)
    {
        json.WriteStartObject();
        json.WriteString("name", "feature");
        json.WriteStartArray("enable");
        foreach (var feature in features)
        {
            json.WriteStringValue(feature);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private async Task<int> WriteMediaAsync(Utf8JsonWriter json, IReadOnlyList<Data.MediaLibrary.MediaItemRecord> media, ExportedMediaPaths paths, Func<Task> flushAsync, CancellationToken cancellationToken)
    {
        json.WriteStartObject();
        json.WriteString("name", "media");
        json.WriteStartArray("Files");
        var written = 0;
        foreach (var item in media)
        {
            await using var master = await storage.OpenAsync(tenant.Tenant.Name, item.Hash, (MediaFormat)item.Format, cancellationToken)
                ?? throw new MediaValidationException($"Media item {item.Id} ('{item.FileName}') has no file in storage; the export was stopped (run 'media list --tenant {tenant.Tenant.Name}' to see the library).");
            using var buffer = new MemoryStream();
            await master.CopyToAsync(buffer, cancellationToken);

            json.WriteStartObject();
            json.WriteString("TargetPath", paths.TargetPath(item));
            json.WriteBase64String("Base64", buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            ExportItems.WriteOptional(json, "AltText", item.AltText);
            ExportItems.WriteOptional(json, "Caption", item.Caption);
            ExportItems.WriteOptional(json, "Credit", item.Credit);
            ExportItems.WriteOptional(json, "Licence", item.Licence);
            json.WriteBoolean("Decorative", item.Decorative);
            json.WriteNumber("FocalX", item.FocalX);
            json.WriteNumber("FocalY", item.FocalY);
            json.WriteStartArray("Tags");
            foreach (var tag in item.Tags.Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            written++;
            await flushAsync();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        return written;
    }
}
