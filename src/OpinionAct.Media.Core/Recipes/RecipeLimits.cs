namespace OpinionAct.Media.Recipes;

/// <summary>
/// Bounds on what one recipe may cost, so that a hostile or careless file (recipes travel between
/// installations) cannot exhaust the node's stack, memory or time. Every bound is reported as a
/// recipe error naming it, and the recipe is then not applied at all.
/// </summary>
public sealed record RecipeLimits
{
    /// <summary>The largest recipe file read, in bytes.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most elements the arrays of a recipe's steps may hold in all (content items, users, ...).</summary>
    public int MaxItems { get; init; } = 100_000;

    /// <summary>How deeply scripts may nest: a variable read inside a variable, a call inside a call.</summary>
    public int MaxScriptDepth { get; init; } = 32;

    /// <summary>The longest value one script may produce, in characters.</summary>
    public int MaxValueLength { get; init; } = 1024 * 1024;

    /// <summary>The most characters all scripts of a recipe may produce together.</summary>
    public long MaxEvaluatedLength { get; init; } = 16L * 1024 * 1024;

    /// <summary>How long applying a recipe may take before it is abandoned and rolled back.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromMinutes(10);
}
