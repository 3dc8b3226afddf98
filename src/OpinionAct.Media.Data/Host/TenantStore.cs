using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Data.Host;

/// <summary>
/// The tenant table in the host database. Every write bumps <see cref="TenantTableVersion"/> in
/// the same transaction, which is how other nodes and processes learn of it.
/// </summary>
public sealed class TenantStore(MediaDatabase database, TimeProvider clock) : ITenantStore
{
    public async Task<TenantTable> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        var version = await ReadVersionAsync(db, cancellationToken);
        var records = await db.Tenants.AsNoTracking().Include(t => t.Hosts).Include(t => t.OldAddresses).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return new TenantTable(version, records.Select(ToDescriptor).ToList());
    }

    public async Task<long> GetVersionAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        return await ReadVersionAsync(db, cancellationToken);
    }

    public async Task<TenantDescriptor?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        var record = await db.Tenants.AsNoTracking().Include(t => t.Hosts).Include(t => t.OldAddresses).FirstOrDefaultAsync(t => t.Name == name, cancellationToken);
        return record is null ? null : ToDescriptor(record);
    }

    public async Task CreateAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        if (await db.Tenants.AnyAsync(t => t.Name == tenant.Name, cancellationToken))
        {
            throw new MediaValidationException($"A tenant named '{tenant.Name}' already exists.");
        }

        if (tenant.Prefix is not null
            && await db.Tenants.Where(t => t.Prefix == tenant.Prefix).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken) is { } prefixOwner)
        {
            throw new MediaValidationException($"The URL prefix '/{tenant.Prefix}' is already used by tenant '{prefixOwner}'.");
        }

        var hosts = tenant.Hosts.ToList();
        if (await db.TenantHosts.Where(h => hosts.Contains(h.Host)).FirstOrDefaultAsync(cancellationToken) is { } hostOwner)
        {
            throw new MediaValidationException($"The host '{hostOwner.Host}' is already used by tenant '{hostOwner.TenantName}'.");
        }

        await ReleaseOldAddressesAsync(db, tenant, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Tenants.Add(new TenantRecord
        {
            Name = tenant.Name,
            DisplayName = tenant.DisplayName,
            State = (int)tenant.State,
            Prefix = tenant.Prefix,
            Theme = tenant.Theme,
            Recipe = tenant.Recipe,
            CreatedUtc = now,
            UpdatedUtc = now,
            Hosts = hosts.Select(h => new TenantHostRecord { Host = h, TenantName = tenant.Name }).ToList(),
        });

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // Another process won a race for the same name, host or prefix; the unique keys caught it.
            throw new MediaValidationException($"Tenant '{tenant.Name}' conflicts with a tenant created at the same time: its name, a host or its prefix is taken.", ex);
        }

        await BumpVersionAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<TenantDescriptor> UpdateAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = await db.Tenants.Include(t => t.Hosts).Include(t => t.OldAddresses).FirstOrDefaultAsync(t => t.Name == tenant.Name, cancellationToken)
            ?? throw UnknownTenant(tenant.Name);
        record.DisplayName = tenant.DisplayName;
        record.State = (int)tenant.State;
        record.Theme = tenant.Theme;
        record.Recipe = tenant.Recipe;
        record.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await MoveRoutesAsync(db, record, tenant, cancellationToken);
        KeepOldAddresses(record, tenant);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // Another process took the same host or prefix at the same time; the unique keys caught it.
            throw new MediaValidationException($"Tenant '{tenant.Name}' conflicts with a change made at the same time: a host or its prefix is taken.", ex);
        }

        await BumpVersionAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ToDescriptor(record);
    }

    // The tenant's own routes are never its old addresses; the rest are kept as the descriptor lists them.
    private static void KeepOldAddresses(TenantRecord record, TenantDescriptor tenant)
    {
        var current = tenant.Addresses().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var wanted = tenant.OldAddresses.Where(a => !current.Contains(a)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        record.OldAddresses.RemoveAll(a => !wanted.Contains(a.Address));
        foreach (var address in wanted.Where(a => record.OldAddresses.All(existing => !string.Equals(existing.Address, a, StringComparison.OrdinalIgnoreCase))))
        {
            record.OldAddresses.Add(new TenantOldAddressRecord { Address = address, TenantName = tenant.Name });
        }
    }

    // A tenant taking a host or prefix that another tenant left (and kept redirecting) takes it over: the redirect goes.
    private static async Task ReleaseOldAddressesAsync(HostDbContext db, TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        var taken = tenant.Addresses().ToList();
        await db.TenantOldAddresses.Where(a => taken.Contains(a.Address) && a.TenantName != tenant.Name).ExecuteDeleteAsync(cancellationToken);
    }

    // A new prefix or set of hosts, checked against the other tenants' as at creation; nothing is queried when they
    // did not change (most updates: a state, a display name).
    private static async Task MoveRoutesAsync(HostDbContext db, TenantRecord record, TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        var hosts = tenant.Hosts.ToList();
        if (record.Prefix == tenant.Prefix && record.Hosts.Select(h => h.Host).Order(StringComparer.Ordinal).SequenceEqual(hosts.Order(StringComparer.Ordinal)))
        {
            return;
        }

        if (tenant.Prefix is not null
            && await db.Tenants.Where(t => t.Prefix == tenant.Prefix && t.Name != tenant.Name).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken) is { } prefixOwner)
        {
            throw new MediaValidationException($"The URL prefix '/{tenant.Prefix}' is already used by tenant '{prefixOwner}'.");
        }

        if (await db.TenantHosts.Where(h => hosts.Contains(h.Host) && h.TenantName != tenant.Name).FirstOrDefaultAsync(cancellationToken) is { } hostOwner)
        {
            throw new MediaValidationException($"The host '{hostOwner.Host}' is already used by tenant '{hostOwner.TenantName}'.");
        }

        await ReleaseOldAddressesAsync(db, tenant, cancellationToken);
        record.Prefix = tenant.Prefix;
        record.Hosts.RemoveAll(h => !hosts.Contains(h.Host));
        foreach (var host in hosts.Where(h => record.Hosts.All(existing => existing.Host != h)))
        {
            record.Hosts.Add(new TenantHostRecord { Host = host, TenantName = tenant.Name });
        }
    }

    public async Task RemoveAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = await db.Tenants.Include(t => t.Hosts).Include(t => t.OldAddresses).FirstOrDefaultAsync(t => t.Name == name, cancellationToken)
            ?? throw UnknownTenant(name);
        db.Tenants.Remove(record);
        await db.SaveChangesAsync(cancellationToken);
        await BumpVersionAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<long> BumpContentVersionAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Tenants.Where(t => t.Name == name).ExecuteUpdateAsync(s => s.SetProperty(t => t.ContentVersion, t => t.ContentVersion + 1), cancellationToken);
        var version = await db.Tenants.Where(t => t.Name == name).Select(t => t.ContentVersion).FirstOrDefaultAsync(cancellationToken);
        await BumpVersionAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return version;
    }

    public async Task ScheduleWorkAsync(string name, DateTimeOffset due, CancellationToken cancellationToken)
    {
        var at = WholeSeconds(due);
        await using var db = database.CreateHostContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lowered = await db.Tenants.Where(t => t.Name == name && (t.NextWorkUtc == null || t.NextWorkUtc > at))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.NextWorkUtc, at), cancellationToken);
        if (lowered > 0)
        {
            await BumpVersionAsync(db, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SetNextWorkAsync(string name, DateTimeOffset ranAt, DateTimeOffset? nextDue, CancellationToken cancellationToken)
    {
        var covered = ranAt.UtcDateTime;
        DateTime? value = nextDue is { } n ? WholeSeconds(n) : null;
        await using var db = database.CreateHostContext();
        await db.Tenants.Where(t => t.Name == name).ExecuteUpdateAsync(
            s => s.SetProperty(
                t => t.NextWorkUtc,
                t => t.NextWorkUtc == null || t.NextWorkUtc <= covered ? value : (value != null && value < t.NextWorkUtc ? value : t.NextWorkUtc)),
            cancellationToken);
    }

    /// <summary>The error for a tenant name nobody has, worded the same everywhere.</summary>
    public static MediaValidationException UnknownTenant(string name) => new($"Unknown tenant '{name}'.");

    private static Task<long> ReadVersionAsync(HostDbContext db, CancellationToken cancellationToken) =>
        db.TenantTableVersions.AsNoTracking().Where(v => v.Id == 1).Select(v => v.Version).FirstAsync(cancellationToken);

    private static Task<int> BumpVersionAsync(HostDbContext db, CancellationToken cancellationToken) =>
        db.TenantTableVersions.Where(v => v.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1), cancellationToken);

    private static TenantDescriptor ToDescriptor(TenantRecord record) => new()
    {
        Name = record.Name,
        DisplayName = record.DisplayName,
        State = (TenantState)record.State,
        Prefix = record.Prefix,
        Theme = record.Theme,
        Recipe = record.Recipe,
        Hosts = record.Hosts.Select(h => h.Host).Order(StringComparer.Ordinal).ToList(),
        OldAddresses = record.OldAddresses.Select(a => a.Address).Order(StringComparer.Ordinal).ToList(),
        CreatedUtc = new DateTimeOffset(record.CreatedUtc, TimeSpan.Zero),
        UpdatedUtc = new DateTimeOffset(record.UpdatedUtc, TimeSpan.Zero),
        ContentVersion = record.ContentVersion,
        NextWorkUtc = record.NextWorkUtc is { } next ? new DateTimeOffset(DateTime.SpecifyKind(next, DateTimeKind.Utc), TimeSpan.Zero) : null,
    };

    // Rounded up to a whole second: PostgreSQL keeps microseconds, SQLite text; a second later is harmless for a wake-up.
    private static DateTime WholeSeconds(DateTimeOffset at)
    {
        var ticks = at.UtcDateTime.Ticks;
        var rounded = (ticks + TimeSpan.TicksPerSecond - 1) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond;
        return new DateTime(rounded, DateTimeKind.Utc);
    }
}
