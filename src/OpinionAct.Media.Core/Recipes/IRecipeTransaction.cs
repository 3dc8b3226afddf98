namespace OpinionAct.Media.Recipes;

/// <summary>The tenant storage transaction one recipe runs in: committed whole, or rolled back on dispose.</summary>
public interface IRecipeTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
