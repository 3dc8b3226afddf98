using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Sqlite;

namespace OpinionAct.Media.Data.Tenant;

public abstract partial class TenantDbContext
{
    private SqliteConnectionShelf? _shelf;
    private StatementCachingConnection? _lent;
    private bool _heldByScope;

    /// <summary>
    /// Runs this context (just taken from its pool) on a connection from the tenant's shelf, which keeps its statements
    /// prepared; the connection goes back to the shelf when the context is disposed. The context never owns it, so EF
    /// neither closes nor disposes it when the context returns to its pool.
    /// </summary>
    internal void Borrow(SqliteConnectionShelf shelf)
    {
        var connection = shelf.Take();
        Database.SetDbConnection(connection, contextOwnsConnection: false);
        _shelf = shelf;
        _lent = connection;
    }

    /// <summary>Held by a service scope (<see cref="ScopedTenantContext"/>): disposals are ignored until the holder releases it.</summary>
    internal void HoldForScope() => _heldByScope = true;

    /// <summary>The holder's one release: the context goes back to its pool (or is disposed) as on a plain disposal.</summary>
    internal ValueTask ReleaseFromScopeAsync()
    {
        _heldByScope = false;
        return DisposeAsync();
    }

    /// <inheritdoc cref="ReleaseFromScopeAsync"/>
    internal void ReleaseFromScope()
    {
        _heldByScope = false;
        Dispose();
    }

    public override void Dispose()
    {
        if (_heldByScope)
        {
            return;
        }

        var (shelf, lent) = (_shelf, _lent);
        (_shelf, _lent) = (null, null);

        // First the context's own reset (its transaction rolled back), then the connection is checked and shelved.
        base.Dispose();
        if (lent is not null)
        {
            shelf!.Return(lent);
        }

        GC.SuppressFinalize(this);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_heldByScope)
        {
            return;
        }

        var (shelf, lent) = (_shelf, _lent);
        (_shelf, _lent) = (null, null);
        await base.DisposeAsync();
        if (lent is not null)
        {
            shelf!.Return(lent);
        }

        GC.SuppressFinalize(this);
    }
}
