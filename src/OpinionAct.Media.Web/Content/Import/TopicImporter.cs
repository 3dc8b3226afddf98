using System.Text.Json.Nodes;
using OpinionAct.Media.Content;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Data.Content;

namespace OpinionAct.Media.Web.Content.Import;

/// <summary>
/// Imports our <c>Topic</c> items ({TopicPart: {Description, Parent}}) and Orchard Core taxonomies:
/// each term of a <c>Taxonomy</c> (tags, categories) becomes a topic. Items are matched by
/// ContentItemId, so running a recipe again updates rather than duplicates.
/// </summary>
internal sealed class TopicImporter(TopicService topics, TopicStore store, ContentUnit unit) : IContentItemImporter
{
    private static readonly Dictionary<string, string> FieldPaths = new()
    {
        ["Name"] = "TitlePart.Title", ["Slug"] = "AutoroutePart.Path", ["Description"] = "TopicPart.Description", ["Parent"] = "TopicPart.Parent",
        ["Image"] = "TopicPart.Image",
    };

    public IReadOnlyCollection<string> ContentTypes => ["Topic", "Taxonomy"];

    public async Task ImportAsync(ContentItemImportContext context, CancellationToken cancellationToken)
    {
        if (context.ContentType.Equals("Taxonomy", StringComparison.OrdinalIgnoreCase))
        {
            var terms = context.Part("TaxonomyPart")?["Terms"] as JsonArray ?? [];
            for (var i = 0; i < terms.Count; i++)
            {
                if (terms[i] is JsonObject term)
                {
                    var termType = context.Step.OptionalString(term, "ContentType", context.Path) ?? "Term";
                    await ImportOneAsync(context with { Item = term, ContentType = termType, Path = $"{context.Path}.TaxonomyPart.Terms[{i}]" }, cancellationToken);
                }
            }

            return;
        }

        await ImportOneAsync(context, cancellationToken);
    }

    private async Task ImportOneAsync(ContentItemImportContext context, CancellationToken cancellationToken)
    {
        var part = context.Part("TopicPart");
        var partPath = $"{context.Path}.TopicPart";
        var draft = new TopicDraft(
            context.Title(),
            context.RoutePath(),
            part is null ? null : context.Step.OptionalString(part, "Description", partPath),
            part is null ? null : context.Step.OptionalString(part, "Parent", partPath),
            part is null ? null : context.Step.OptionalString(part, "Image", partPath));

        // An export keeps each topic's place in the menu; without one, a topic goes after the others.
        var position = part?["Position"] is JsonValue p && p.TryGetValue<int>(out var value) ? value : (int?)null;
        var id = context.Id();
        await unit.ImportItemAsync(async () =>
        {
            var existing = id is null ? null : await store.IdForContentItemAsync(id, cancellationToken);
            try
            {
                var topic = await topics.SaveAsync(existing, draft, ContentActor.System, cancellationToken, id);
                if (position is { } place && topic.Position != place)
                {
                    topic.Position = place;
                    await unit.SaveAsync(cancellationToken);
                }
            }
            catch (ContentValidationException ex)
            {
                context.Report(ex, FieldPaths);
            }
        });
    }
}
