using OpinionAct.Media.Content;

namespace OpinionAct.Media.Recipes;

/// <summary>
/// The <c>content</c> step: hands each item of <c>Data</c> to the importer registered for its
/// ContentType. Items of types nobody imports are counted and reported, never dropped silently.
/// Rewriters (media paths to <c>media:&lt;id&gt;</c>) see each item first, whatever its type.
/// </summary>
public sealed class ContentStep(IEnumerable<IContentItemImporter> importers, IEnumerable<IContentItemRewriter> rewriters) : IRecipeStepHandler
{
    public ContentStep(IEnumerable<IContentItemImporter> importers)
        : this(importers, [])
    {
    }

    private readonly Dictionary<string, IContentItemImporter> _importers = importers
        .SelectMany(i => i.ContentTypes.Select(type => (type, i)))
        .ToDictionary(p => p.type, p => p.i, StringComparer.OrdinalIgnoreCase);

    public string StepName => "content";

    public async Task ApplyAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var unsupported = new SortedDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (item, path) in context.ObjectArray("Data", "content item"))
        {
            var type = context.OptionalString(item, "ContentType", path);
            if (string.IsNullOrWhiteSpace(type))
            {
                context.Error($"{path}.ContentType", "every content item needs a ContentType");
                continue;
            }

            if (_importers.TryGetValue(type, out var importer))
            {
                foreach (var rewriter in rewriters)
                {
                    await rewriter.RewriteAsync(item, path, context, cancellationToken);
                }

                await importer.ImportAsync(new ContentItemImportContext(item, type, path, context), cancellationToken);
            }
            else
            {
                unsupported[type] = unsupported.GetValueOrDefault(type) + 1;
            }
        }

        foreach (var (type, count) in unsupported)
        {
            context.Warn(context.Step.PathOf("Data"), $"content type '{type}' is not supported here; {count} item(s) skipped");
        }
    }
}
