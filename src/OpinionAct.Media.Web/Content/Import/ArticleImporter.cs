using System.Text.Json.Nodes;
using OpinionAct.Media.Content;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Data.Content;

namespace OpinionAct.Media.Web.Content.Import;

/// <summary>
/// Imports articles: our <c>Article</c> items with an ArticlePart, and Orchard Core's <c>BlogPost</c>
/// (Subtitle → dek, taxonomy terms → topics, HtmlBodyPart sanitised when there is no Markdown). Orchard's own <c>Article</c> type, which has no
/// ArticlePart and is a plain page in TheBlogTheme, is imported as a page.
/// </summary>
internal sealed partial class ArticleImporter(ArticleService articles, PageImporter pages, ArticleStore store, TopicStore topics, SiteSettingsStore settings, ContentUnit unit, TimeProvider clock) : IContentItemImporter
{
    private static readonly Dictionary<string, string> FieldPaths = new()
    {
        ["Title"] = "TitlePart.Title", ["Path"] = "AutoroutePart.Path", ["Body"] = "MarkdownBodyPart.Markdown",
        ["Dek"] = "ArticlePart.Dek", ["Language"] = "ArticlePart.Language", ["Topics"] = "ArticlePart.Topics", ["Experts"] = "ArticlePart.Experts",
        ["Sources"] = "ArticlePart.Sources", ["Corrections"] = "ArticlePart.Corrections", ["ClaimReviews"] = "ArticlePart.ClaimReviews", ["CoverImage"] = "ArticlePart.CoverImage",
        ["CoverAlt"] = "ArticlePart.CoverAlt", ["SeoTitle"] = "ArticlePart.SeoTitle", ["SeoDescription"] = "ArticlePart.SeoDescription",
        ["CanonicalUrl"] = "ArticlePart.CanonicalUrl",
    };

    public IReadOnlyCollection<string> ContentTypes => ["Article", "BlogPost"];

    public async Task ImportAsync(ContentItemImportContext context, CancellationToken cancellationToken)
    {
        var part = context.Part("ArticlePart");
        if (part is null && context.ContentType.Equals("Article", StringComparison.OrdinalIgnoreCase))
        {
            await pages.ImportAsync(context with { ContentType = "Page" }, cancellationToken);
            return;
        }

        var errorsBefore = context.Step.Report.Errors.Count;
        var draft = await ReadDraftAsync(context, part, cancellationToken);
        var publishedUtc = context.Date(part, "PublishedUtc", $"{context.Path}.ArticlePart");
        var state = ReadState(context, part);
        var createdUtc = context.Date(context.Item, "CreatedUtc", context.Path);
        var modifiedUtc = context.Date(context.Item, "ModifiedUtc", context.Path);
        if (context.Step.Report.Errors.Count > errorsBefore)
        {
            return;
        }

        var id = context.Id();
        await unit.ImportItemAsync(async () =>
        {
            var existing = id is null ? null : await store.IdForContentItemAsync(id, cancellationToken);
            try
            {
                var html = draft.Body.Length == 0 ? context.Text("HtmlBodyPart", "Html") : null;
                var article = existing is null
                    ? await articles.CreateAsync(draft, ContentActor.System, cancellationToken, id, html)
                    : await articles.SaveAsync(existing.Value, draft, ContentActor.System, cancellationToken, "updated by a recipe", html);
                if (context.Published() || state.Status == ArticleStatus.Scheduled && state.ScheduledUtc <= clock.GetUtcNow())
                {
                    article.PublishedUtc = (publishedUtc ?? state.ScheduledUtc)?.UtcDateTime ?? article.PublishedUtc;
                    await articles.PublishAsync(article.Id, ContentActor.System, at: null, cancellationToken);

                    // An imported article was last changed when it was published or last corrected, not when imported.
                    article.UpdatedUtc = draft.Corrections.Select(c => c.Date.UtcDateTime).Append(article.PublishedUtc!.Value).Max();
                }
                else if (state.Status == ArticleStatus.Scheduled)
                {
                    await articles.PublishAsync(article.Id, ContentActor.System, at: state.ScheduledUtc, cancellationToken);
                }
                else if (state.Status == ArticleStatus.Archived)
                {
                    await articles.ArchiveAsync(article.Id, ContentActor.System, cancellationToken);
                    article.PublishedUtc = publishedUtc?.UtcDateTime ?? article.PublishedUtc;
                }

                // An export says when the item was made and last changed; those dates are what pages and feeds show.
                article.CreatedUtc = createdUtc?.UtcDateTime ?? article.CreatedUtc;
                article.UpdatedUtc = modifiedUtc?.UtcDateTime ?? article.UpdatedUtc;
                await unit.SaveAsync(cancellationToken);
            }
            catch (ContentValidationException ex)
            {
                context.Report(ex, FieldPaths);
            }
        });
    }

    private async Task<ArticleDraft> ReadDraftAsync(ContentItemImportContext context, JsonObject? part, CancellationToken cancellationToken)
    {
        var partPath = $"{context.Path}.ArticlePart";
        var step = context.Step;
        var body = context.Text("MarkdownBodyPart", "Markdown") ?? string.Empty;
        var blogPost = context.Part("BlogPost");
        var language = part is null ? null : step.OptionalString(part, "Language", partPath);
        return new ArticleDraft
        {
            Title = context.Title(),
            Path = context.RoutePath(),
            Body = body,
            Dek = part is null ? (blogPost?["Subtitle"] as JsonObject)?["Text"]?.GetValue<string>() : step.OptionalString(part, "Dek", partPath),
            Language = language ?? await SiteLanguageAsync(cancellationToken),
            Topics = part is null ? await TermTopicsAsync(context, cancellationToken) : context.Strings(part, "Topics", "ArticlePart"),
            Experts = context.Strings(part, "Experts", "ArticlePart"),
            Sources = ReadSources(context, part, partPath),
            Corrections = ReadCorrections(context, part, partPath),
            ClaimReviews = ReadClaimReviews(context, part, partPath),
            CoverImage = part is null ? null : step.OptionalString(part, "CoverImage", partPath),
            CoverAlt = part is null ? null : step.OptionalString(part, "CoverAlt", partPath),
            SeoTitle = part is null ? null : step.OptionalString(part, "SeoTitle", partPath),
            SeoDescription = part is null ? null : step.OptionalString(part, "SeoDescription", partPath),
            CanonicalUrl = part is null ? null : step.OptionalString(part, "CanonicalUrl", partPath),
            Featured = part?["Featured"] is JsonValue f && f.TryGetValue<bool>(out var featured) && featured,
        };
    }

    /// <summary>An export's <c>ArticlePart.Status</c>: <c>Scheduled</c> (with <c>ScheduledUtc</c>) or <c>Archived</c>; anything else follows <c>Published</c>.</summary>
    private static (ArticleStatus? Status, DateTimeOffset? ScheduledUtc) ReadState(ContentItemImportContext context, JsonObject? part)
    {
        var partPath = $"{context.Path}.ArticlePart";
        var status = part is null ? null : context.Step.OptionalString(part, "Status", partPath);
        if (status is null)
        {
            return (null, null);
        }

        if (status.Equals(nameof(ArticleStatus.Archived), StringComparison.OrdinalIgnoreCase))
        {
            return (ArticleStatus.Archived, null);
        }

        if (status.Equals(nameof(ArticleStatus.Scheduled), StringComparison.OrdinalIgnoreCase))
        {
            var at = context.Date(part, "ScheduledUtc", partPath);
            if (at is null && part!["ScheduledUtc"] is null)
            {
                context.Step.Error($"{partPath}.ScheduledUtc", "a Scheduled article needs its ScheduledUtc");
            }

            return (ArticleStatus.Scheduled, at);
        }

        context.Step.Error($"{partPath}.Status", $"'{status}' is not an article status here (use Scheduled or Archived, or Published: true on the item)");
        return (null, null);
    }

    private static List<SourceEntry> ReadSources(ContentItemImportContext context, JsonObject? part, string partPath)
    {
        var sources = new List<SourceEntry>();
        if (part?["Sources"] is not JsonArray array)
        {
            return sources;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = $"{partPath}.Sources[{i}]";
            if (array[i] is not JsonObject source)
            {
                context.Step.Error(path, "expected a source object {Title, Url, Publisher, Claim}");
                continue;
            }

            sources.Add(new SourceEntry(
                context.Step.OptionalString(source, "Title", path) ?? string.Empty,
                context.Step.OptionalString(source, "Url", path),
                context.Step.OptionalString(source, "Publisher", path),
                context.Step.OptionalString(source, "Claim", path)));
        }

        return sources;
    }

    private static List<CorrectionEntry> ReadCorrections(ContentItemImportContext context, JsonObject? part, string partPath)
    {
        var corrections = new List<CorrectionEntry>();
        if (part?["Corrections"] is not JsonArray array)
        {
            return corrections;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = $"{partPath}.Corrections[{i}]";
            if (array[i] is not JsonObject correction)
            {
                context.Step.Error(path, "expected a correction object {Date, Text}");
                continue;
            }

            if (context.Date(correction, "Date", path) is { } date)
            {
                corrections.Add(new CorrectionEntry(date, context.Step.OptionalString(correction, "Text", path) ?? string.Empty));
            }
            else if (correction["Date"] is null)
            {
                context.Step.Error($"{path}.Date", "every correction needs a Date");
            }
        }

        return corrections;
    }

    /// <summary>Orchard's taxonomy fields (Tags, Category...) hold TermContentItemIds; they become topic slugs.</summary>
    private async Task<IReadOnlyList<string>> TermTopicsAsync(ContentItemImportContext context, CancellationToken cancellationToken)
    {
        var termIds = context.Item.Select(p => p.Value).OfType<JsonObject>()
            .SelectMany(part => part.Select(f => f.Value).OfType<JsonObject>())
            .SelectMany(field => field["TermContentItemIds"] as JsonArray ?? [])
            .Select(id => id?.GetValue<string>())
            .OfType<string>()
            .ToList();
        if (termIds.Count == 0)
        {
            return [];
        }

        var slugs = await topics.SlugsForContentItemsAsync(termIds, cancellationToken);
        foreach (var missing in termIds.Where(id => slugs.All(s => s.ContentItemId != id)))
        {
            context.Step.Warn(context.Path, $"taxonomy term '{missing}' is not a known topic; ignored");
        }

        return termIds.Select(id => slugs.Where(s => s.ContentItemId == id).Select(s => s.Slug).FirstOrDefault()).OfType<string>().Distinct().ToList();
    }

    private async Task<string> SiteLanguageAsync(CancellationToken cancellationToken) =>
        await settings.LanguageAsync(cancellationToken) ?? "fr";
}
