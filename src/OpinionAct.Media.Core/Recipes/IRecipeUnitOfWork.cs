namespace OpinionAct.Media.Recipes;

/// <summary>Opens the transaction a recipe applies in, on the current tenant's storage.</summary>
public interface IRecipeUnitOfWork
{
    Task<IRecipeTransaction> BeginAsync(CancellationToken cancellationToken);
}
