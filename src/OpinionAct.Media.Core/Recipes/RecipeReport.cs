namespace OpinionAct.Media.Recipes;

/// <summary>
/// What running a recipe did: the steps applied, the steps skipped because we do not know them
/// (named, never silently dropped), warnings, and errors with the JSON path of each bad value.
/// A report with errors means nothing was applied.
/// </summary>
public sealed class RecipeReport
{
    public required string Recipe { get; init; }

    public required string Tenant { get; init; }

    /// <summary>Steps whose changes were committed, as "name ($.steps[i])".</summary>
    public List<string> Applied { get; } = [];

    /// <summary>Steps we do not understand; the recipe still applies without them.</summary>
    public List<RecipeMessage> Skipped { get; } = [];

    public List<RecipeMessage> Warnings { get; } = [];

    public List<RecipeMessage> Errors { get; } = [];

    public bool Succeeded => Errors.Count == 0;

    /// <summary>A short human summary, e.g. for a CLI line or a log entry.</summary>
    public string Summary => Succeeded
        ? $"Recipe '{Recipe}' applied to '{Tenant}': {Applied.Count} step(s) applied, {Skipped.Count} skipped, {Warnings.Count} warning(s)."
        : $"Recipe '{Recipe}' was not applied to '{Tenant}' ({Errors.Count} error(s)); nothing was changed. First error: {Errors[0]}";
}
