namespace OpinionAct.Media.Recipes;

/// <summary>Inputs of one recipe run besides the recipe itself.</summary>
public sealed record RecipeExecutionOptions
{
    public required string TenantName { get; init; }

    /// <summary>Values for <c>parameters('x')</c>, such as AdminUserId, AdminUsername, SiteName.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Reads configuration for <c>configuration('key', 'default')</c>; null when the key is not set.</summary>
    public Func<string, string?> Configuration { get; init; } = _ => null;

    /// <summary>Runs inside the recipe's transaction after every step succeeded, just before commit.</summary>
    public Func<RecipeReport, CancellationToken, Task>? BeforeCommit { get; init; }
}
