using OpinionAct.Media.Data.Recipes;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Features;
using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Web.Recipes.Steps;

/// <summary>
/// The <c>feature</c> step: records each enabled feature and whether the platform provides it;
/// features it does not provide are reported in one warning. <c>disable</c> removes the record.
/// </summary>
internal sealed class FeatureStep(RecipeStore store, TimeProvider clock) : IRecipeStepHandler
{
    public string StepName => "feature";

    public async Task ApplyAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Step;
        var enable = context.StringArray(step.Data, "enable", step.Path);
        var disable = context.StringArray(step.Data, "disable", step.Path);
        var now = clock.GetUtcNow().UtcDateTime;

        var existing = await store.FeaturesAsync(cancellationToken);
        foreach (var id in enable.Select(f => f.Trim()).Where(f => f.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!existing.ContainsKey(id))
            {
                var record = new FeatureRecord { Id = id, IsAvailable = FeatureCatalog.Available.Contains(id), EnabledUtc = now };
                store.AddFeature(record);
                existing[id] = record;
            }
        }

        foreach (var id in disable)
        {
            if (existing.Remove(id, out var record))
            {
                store.RemoveFeature(record);
            }
        }

        var unavailable = enable.Where(id => !FeatureCatalog.Available.Contains(id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (unavailable.Count > 0)
        {
            context.Warn(step.PathOf("enable"), $"recorded but not provided by this platform: {string.Join(", ", unavailable)}");
        }

        await store.SaveAsync(cancellationToken);
    }
}
