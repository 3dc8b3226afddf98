namespace OpinionAct.Media.Content;

/// <summary>
/// Told after a tenant's public content changed (publish, unpublish, edit of published content,
/// settings), so caches and indexes can follow. Called after the change is committed.
/// </summary>
public interface IContentChangeListener
{
    Task OnContentChangedAsync(string tenant, CancellationToken cancellationToken);
}
