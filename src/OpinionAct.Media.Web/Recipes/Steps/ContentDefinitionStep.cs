using System.Text.Json.Nodes;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Recipes;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Web.Recipes.Steps;

/// <summary>
/// Orchard Core's <c>ContentDefinition</c> step: every <c>ContentTypes</c> and <c>ContentParts</c> definition is
/// recorded as written (a second run replaces it by name), and the report says which of the defined types this
/// platform imports; the others' items are skipped by the content step. Our content types are fixed, so nothing else
/// changes; exports write the recorded definitions back.
/// </summary>
internal sealed class ContentDefinitionStep(RecipeStore store, IEnumerable<IContentItemImporter> importers, TimeProvider clock) : IRecipeStepHandler
{
    public const string TypeKind = "Type";

    public const string PartKind = "Part";

    public string StepName => "ContentDefinition";

    public async Task ApplyAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var recorded = await store.DefinitionsAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var types = Record(context, "ContentTypes", TypeKind, recorded, now);
        var parts = Record(context, "ContentParts", PartKind, recorded, now);
        await store.SaveAsync(cancellationToken);

        var imported = importers.SelectMany(i => i.ContentTypes).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var notImported = types.Where(t => !imported.Contains(t)).ToList();
        context.Warn(context.Step.Path, $"recorded {types.Count} content type(s) and {parts.Count} part(s) as written; content types here are fixed"
            + (notImported.Count == 0 ? string.Empty : $", and items of {string.Join(", ", notImported)} are not imported"));
    }

    private List<string> Record(RecipeStepContext context, string property, string kind, Dictionary<(string Kind, string Name), ContentDefinitionRecord> recorded, DateTime now)
    {
        var names = new List<string>();
        var node = context.Step.Data.PropertyIgnoreCase(property, out var actual);
        if (node is null)
        {
            return names;
        }

        if (node is not JsonArray array)
        {
            context.Error(context.Step.PathOf(actual), $"expected an array of definitions, found {RecipeParser.Describe(node)}");
            return names;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = $"{context.Step.PathOf(actual)}[{i}]";
            var name = array[i] is JsonObject definition ? context.OptionalString(definition, "Name", path)?.Trim() : null;
            if (string.IsNullOrEmpty(name) || name.Length > 200)
            {
                context.Error(path, "every definition needs a Name (at most 200 characters)");
                continue;
            }

            var json = array[i]!.ToJsonString();
            if (recorded.TryGetValue((kind, name), out var existing))
            {
                existing.Json = json;
                existing.RecordedUtc = now;
            }
            else
            {
                var record = new ContentDefinitionRecord { Kind = kind, Name = name, Json = json, RecordedUtc = now };
                store.AddDefinition(record);
                recorded[(kind, name)] = record;
            }

            names.Add(name);
        }

        return names;
    }
}
