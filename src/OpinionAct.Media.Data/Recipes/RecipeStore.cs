using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Recipes;

/// <summary>What recipes record in a tenant's database: the enabled features and the log of applied recipes.</summary>
public sealed class RecipeStore(TenantDbContext db)
{
    /// <summary>The enabled features by id (case-insensitive), tracked so the <c>feature</c> step can remove them.</summary>
    public Task<Dictionary<string, FeatureRecord>> FeaturesAsync(CancellationToken cancellationToken) =>
        db.Features.ToDictionaryAsync(f => f.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);

    public void AddFeature(FeatureRecord feature) => db.Features.Add(feature);

    public void RemoveFeature(FeatureRecord feature) => db.Features.Remove(feature);

    /// <summary>The recorded content type and part definitions, tracked, by (kind, name).</summary>
    public Task<Dictionary<(string Kind, string Name), ContentDefinitionRecord>> DefinitionsAsync(CancellationToken cancellationToken) =>
        db.ContentDefinitions.ToDictionaryAsync(d => (d.Kind, d.Name), cancellationToken);

    public void AddDefinition(ContentDefinitionRecord definition) => db.ContentDefinitions.Add(definition);

    /// <summary>Adds the run to the log; saved with the recipe's transaction.</summary>
    public void AddRun(RecipeRunRecord run) => db.RecipeRuns.Add(run);

    /// <summary>The latest runs, newest first: what the console shows as the tenant's recipe history.</summary>
    public Task<List<RecipeRunRecord>> RunsAsync(int take, CancellationToken cancellationToken) =>
        db.RecipeRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(take).ToListAsync(cancellationToken);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
