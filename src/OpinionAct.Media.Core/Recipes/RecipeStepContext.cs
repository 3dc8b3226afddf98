namespace OpinionAct.Media.Recipes;

/// <summary>The step being applied, with the report to add warnings and errors to.</summary>
public sealed class RecipeStepContext(RecipeStep step, RecipeReport report, RecipeExecutionOptions options)
{
    public RecipeStep Step { get; } = step;

    public RecipeReport Report { get; } = report;

    public RecipeExecutionOptions Options { get; } = options;

    /// <summary>The folder of the recipe file (see <see cref="RecipeDocument.Folder"/>); null for an inline recipe.</summary>
    public string? RecipeFolder { get; init; }

    public void Warn(string path, string message) => Report.Warnings.Add(new RecipeMessage(path, message));

    public void Error(string path, string message) => Report.Errors.Add(new RecipeMessage(path, message));
}
