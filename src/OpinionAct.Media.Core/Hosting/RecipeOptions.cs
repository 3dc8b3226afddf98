using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Hosting;

/// <summary>The <c>Media:Recipes</c> section: what recipes may read and cost. Defaults are those of <see cref="RecipeLimits"/>.</summary>
public sealed class RecipeOptions
{
    private static readonly RecipeLimits Defaults = new();

    /// <summary>Configuration keys recipes may read besides <see cref="RecipeConfigurationKeys.BuiltIn"/>; secret-looking keys are refused even when listed.</summary>
    public List<string> AllowedConfiguration { get; set; } = [];

    public long MaxBytes { get; set; } = Defaults.MaxBytes;

    public int MaxItems { get; set; } = Defaults.MaxItems;

    public int MaxScriptDepth { get; set; } = Defaults.MaxScriptDepth;

    public int MaxValueLength { get; set; } = Defaults.MaxValueLength;

    public long MaxEvaluatedLength { get; set; } = Defaults.MaxEvaluatedLength;

    public TimeSpan TimeBudget { get; set; } = Defaults.TimeBudget;

    public RecipeLimits Limits() => new()
    {
        MaxBytes = MaxBytes,
        MaxItems = MaxItems,
        MaxScriptDepth = MaxScriptDepth,
        MaxValueLength = MaxValueLength,
        MaxEvaluatedLength = MaxEvaluatedLength,
        TimeBudget = TimeBudget,
    };

    public IReadOnlySet<string> ReadableConfiguration() =>
        new HashSet<string>(RecipeConfigurationKeys.BuiltIn.Concat(AllowedConfiguration), StringComparer.OrdinalIgnoreCase);
}
