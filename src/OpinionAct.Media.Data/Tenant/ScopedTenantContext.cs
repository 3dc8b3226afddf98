namespace OpinionAct.Media.Data.Tenant;

/// <summary>
/// The one owner of a service scope's tenant context. A scope reaches that context under two types,
/// <see cref="TenantDbContext"/> for our stores and <c>DbContext</c> for OpenIddict's, which must share it (an integration
/// and its OAuth client are written in one transaction), and a scope disposes what each of its registrations returned:
/// this context twice. Contexts come from a pool, so the first disposal gives it back and another request may rent it
/// before the second disposal gives it back again under that request, which then finds it disposed or shared. While
/// held here the context ignores disposals; this holder, created before the context and so disposed after it, gives it
/// back once.
/// </summary>
public sealed class ScopedTenantContext(MediaDatabase database) : IAsyncDisposable, IDisposable
{
    private TenantDbContext? _context;

    /// <summary>The scope's context on <paramref name="tenant"/>'s database, taken from its pool at the first call.</summary>
    public TenantDbContext For(string tenant)
    {
        if (_context is null)
        {
            _context = database.CreateTenantContext(tenant);
            _context.HoldForScope();
        }

        return _context;
    }

    public ValueTask DisposeAsync()
    {
        var context = _context;
        _context = null;
        return context?.ReleaseFromScopeAsync() ?? ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        var context = _context;
        _context = null;
        context?.ReleaseFromScope();
    }
}
