namespace OpinionAct.Media.Recipes;

/// <summary>Applies one kind of recipe step. Handlers write through the tenant's unit of work and never commit.</summary>
public interface IRecipeStepHandler
{
    /// <summary>The step name this handler applies, matched case-insensitively ("settings", "Roles").</summary>
    string StepName { get; }

    Task ApplyAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
