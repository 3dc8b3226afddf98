namespace OpinionAct.Media.Recipes;

/// <summary>Inputs of one recipe run besides the recipe itself.</summary>
public sealed record RecipeExecutionOptions
{
    public required string TenantName { get; init; }

    /// <summary>Values for <c>parameters('x')</c>, such as AdminUserId, AdminUsername, SiteName.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Reads configuration for <c>configuration('key', 'default')</c>; null when the key is not set. Only
    /// keys in <see cref="AllowedConfiguration"/> are ever asked for.
    /// </summary>
    public Func<string, string?> Configuration { get; init; } = _ => null;

    /// <summary>
    /// The configuration keys a recipe may read. Configuration holds passwords and connection strings,
    /// and a recipe's values end up on public pages, so every other key reads as the recipe's own
    /// default (or empty) with a warning.
    /// </summary>
    public IReadOnlySet<string> AllowedConfiguration { get; init; } = RecipeConfigurationKeys.BuiltIn;

    public RecipeLimits Limits { get; init; } = new();

    /// <summary>Runs inside the recipe's transaction after every step succeeded, just before commit.</summary>
    public Func<RecipeReport, CancellationToken, Task>? BeforeCommit { get; init; }
}
