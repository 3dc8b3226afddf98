using System.Globalization;
using System.Text.Json;

namespace OpinionAct.Media.Benchmarks;

/// <summary>
/// Writes a recipe for a hub of N generated articles (the search benchmark's French and English text, topics and
/// experts), from which portability.sh creates the tenant it exports, backs up and restores.
/// </summary>
internal static class LargeHubRecipe
{
    public static async Task<int> WriteAsync(int articles, string path, TextWriter log)
    {
        var generator = new ArticleGenerator(seed: 16);
        await using var file = File.Create(path);
        await using var json = new Utf8JsonWriter(file);
        json.WriteStartObject();
        json.WriteString("name", "large-hub");
        json.WriteStartArray("steps");
        json.WriteStartObject();
        json.WriteString("name", "content");
        json.WriteStartArray("Data");
        foreach (var topic in ArticleGenerator.Topics)
        {
            Item(json, "Topic", "topic-" + topic.Slug, topic.Name, topic.Slug);
            json.WriteEndObject();
        }

        foreach (var expert in ArticleGenerator.Experts)
        {
            Item(json, "Expert", "expert-" + expert.Slug, expert.Name, expert.Slug);
            json.WriteEndObject();
        }

        for (var id = 1; id <= articles; id++)
        {
            var article = generator.Next(id);
            Item(json, "Article", string.Create(CultureInfo.InvariantCulture, $"article-{id}"), article.Title, article.Path);
            json.WriteBoolean("Published", article.IsPublished);
            json.WriteStartObject("MarkdownBodyPart");
            json.WriteString("Markdown", article.Body);
            json.WriteEndObject();
            json.WriteStartObject("ArticlePart");
            json.WriteString("Dek", article.Dek);
            json.WriteString("Language", article.Language);
            json.WriteString("PublishedUtc", article.PublishedUtc.ToString("O", CultureInfo.InvariantCulture));
            json.WriteStartArray("Topics");
            foreach (var topic in article.Topics)
            {
                json.WriteStringValue(topic.Slug);
            }

            json.WriteEndArray();
            json.WriteStartArray("Experts");
            foreach (var expert in article.Experts)
            {
                json.WriteStringValue(expert.Slug);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            if (json.BytesPending > 1 << 16)
            {
                await json.FlushAsync();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync();
        await log.WriteLineAsync($"wrote {path}: {articles:N0} articles, {file.Length / 1024.0 / 1024.0:N1} MB");
        return 0;
    }

    private static void Item(Utf8JsonWriter json, string type, string id, string title, string path)
    {
        json.WriteStartObject();
        json.WriteString("ContentType", type);
        json.WriteString("ContentItemId", id);
        json.WriteStartObject("TitlePart");
        json.WriteString("Title", title);
        json.WriteEndObject();
        json.WriteStartObject("AutoroutePart");
        json.WriteString("Path", path);
        json.WriteEndObject();
    }
}
