using Microsoft.EntityFrameworkCore.Storage;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Data.Recipes;

/// <summary>
/// Runs a recipe in one database transaction on the scope's tenant database: every step's store shares
/// the scope's context, so the whole recipe commits or rolls back as one.
/// </summary>
public sealed class TenantRecipeUnitOfWork(TenantDbContext db) : IRecipeUnitOfWork
{
    public async Task<IRecipeTransaction> BeginAsync(CancellationToken cancellationToken) =>
        new Transaction(db, await db.Database.BeginTransactionAsync(cancellationToken));

    private sealed class Transaction(TenantDbContext db, IDbContextTransaction transaction) : IRecipeTransaction
    {
        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();

            // A rolled-back recipe must not leave tracked changes behind for a later save.
            db.ChangeTracker.Clear();
        }
    }
}
