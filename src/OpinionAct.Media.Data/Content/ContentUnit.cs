using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Content;

/// <summary>
/// The unit of work the content stores share: they stage changes on the scope's one tenant context,
/// and this saves them together, so a multi-step write (an article, its links and its revision)
/// stays one SaveChanges. It also answers whether an enclosing transaction (a recipe) is open, and
/// runs each imported item so that what it tracked is forgotten afterwards.
/// </summary>
public sealed class ContentUnit(TenantDbContext db)
{
    /// <summary>True inside an enclosing transaction: its owner commits, and notifies, once at the end.</summary>
    public bool InTransaction => db.Database.CurrentTransaction is not null;

    /// <summary>Saves every change staged through the content stores in this scope.</summary>
    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    /// <summary>
    /// Runs one imported item's reads and saves, then clears the change tracker, even when the item
    /// is refused: each item is saved as it is read, and forgetting it keeps the tracker (and every
    /// later save's change detection) the size of one item, so an import stays linear.
    /// </summary>
    public async Task ImportItemAsync(Func<Task> import)
    {
        try
        {
            await import();
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
