using System.Text.Json.Nodes;
using OpinionAct.Media.Content;

namespace OpinionAct.Media.Recipes;

/// <summary>
/// The <c>content</c> step: hands each item of <c>Data</c> to the importer registered for its
/// ContentType. Items of types nobody imports are counted and reported, never dropped silently.
/// </summary>
public sealed class ContentStep(IEnumerable<IContentItemImporter> importers) : IRecipeStepHandler
{
    private readonly Dictionary<string, IContentItemImporter> _importers = importers
        .SelectMany(i => i.ContentTypes.Select(type => (type, i)))
        .ToDictionary(p => p.type, p => p.i, StringComparer.OrdinalIgnoreCase);

    public string StepName => "content";

    public async Task ApplyAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Step;
        if (step.Data["Data"] is not JsonArray items)
        {
            context.Error(step.PathOf("Data"), $"expected an array of content items, found {RecipeParser.Describe(step.Data["Data"])}");
            return;
        }

        var unsupported = new SortedDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{step.PathOf("Data")}[{i}]";
            if (items[i] is not JsonObject item)
            {
                context.Error(path, $"expected a content item object, found {RecipeParser.Describe(items[i])}");
                continue;
            }

            var type = item["ContentType"] is JsonValue v && v.TryGetValue<string>(out var t) ? t : null;
            if (string.IsNullOrWhiteSpace(type))
            {
                context.Error($"{path}.ContentType", "every content item needs a ContentType");
                continue;
            }

            if (_importers.TryGetValue(type, out var importer))
            {
                await importer.ImportAsync(new ContentItemImportContext(item, type, path, context), cancellationToken);
            }
            else
            {
                unsupported[type] = unsupported.GetValueOrDefault(type) + 1;
            }
        }

        foreach (var (type, count) in unsupported)
        {
            context.Warn(step.PathOf("Data"), $"content type '{type}' is not supported here; {count} item(s) skipped");
        }
    }
}
