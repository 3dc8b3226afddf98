using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Data.Postgres;
using OpinionAct.Media.Data.Sqlite;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Data;

/// <summary>
/// Opens the host database and each tenant's database on the configured engine: SQLite files
/// under the data folder, or PostgreSQL with one schema per tenant. Per-tenant options are
/// cached by tenant name and released when the tenant stops.
/// </summary>
public sealed class MediaDatabase : ITenantResourceOwner, IDisposable
{
    private readonly DatabaseOptions _options;
    private readonly string? _postgres;
    private readonly ConcurrentDictionary<string, DbContextOptions> _tenantOptions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TenantContextPool> _contextPools = new(StringComparer.Ordinal);
    private readonly Lazy<DbContextOptions> _hostOptions;
    private readonly WarmTenants _warm;

    // SQLite: the file of a tenant just migrated from nothing to the latest schema, before anything else was written
    // to it. Later new tenants start as a copy of it instead of running every migration again: the same schema and
    // history rows, in milliseconds instead of about half a second. Made once per process, so it always matches the
    // migrations this build carries.
    private byte[]? _sqliteTemplate;

    public MediaDatabase(IOptions<MediaOptions> options, TenantStorageLayout layout)
    {
        _options = options.Value.Database;
        Layout = layout;
        if (_options.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(_options.ConnectionString))
        {
            throw new MediaValidationException("Media:Database:ConnectionString is required when Media:Database:Provider is Postgres.");
        }

        _postgres = _options.Provider == DatabaseProvider.Postgres ? WithConnectTimeout(_options.ConnectionString!) : null;
        _hostOptions = new Lazy<DbContextOptions>(BuildHostOptions);
        if (_options.WarmTenants < 1)
        {
            throw new MediaValidationException("Media:Database:WarmTenants must be at least 1.");
        }

        _warm = new WarmTenants(_options.WarmTenants, Cool);
    }

    /// <summary>
    /// Ready contexts kept per warm tenant. Setting up a context's services (EF's own scope of a hundred services) at
    /// its first query, and disposing them, cost 6 to 9 % of the CPU of an article page built on every request; a pooled
    /// context keeps them and is only reset between uses (issue 15's eighth round). More than the requests one hub builds at once on
    /// a small node; a context returned to a full pool is disposed.
    /// </summary>
    public const int ContextsPerWarmTenant = 16;

    /// <summary>
    /// How long opening a PostgreSQL connection may take when the connection string does not say (Npgsql's own default
    /// is 15 s): a server that does not answer turns into a 503 in seconds instead of requests piling up.
    /// </summary>
    public const int DefaultConnectTimeoutSeconds = 5;

    private static string WithConnectTimeout(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Timeout") || given.ContainsKey("Connect Timeout") || given.ContainsKey("Connection Timeout"))
        {
            return connectionString;
        }

        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Timeout = DefaultConnectTimeoutSeconds }.ConnectionString;
    }

    /// <summary>The table EF Core records applied migrations in (in each tenant's schema on PostgreSQL).</summary>
    public const string MigrationsHistoryTable = "__EFMigrationsHistory";

    public TenantStorageLayout Layout { get; }

    public DatabaseProvider Provider => _options.Provider;

    public HostDbContext CreateHostContext() => _options.Provider switch
    {
        DatabaseProvider.Postgres => new PostgresHostDbContext((DbContextOptions<PostgresHostDbContext>)_hostOptions.Value),
        _ => new SqliteHostDbContext((DbContextOptions<SqliteHostDbContext>)_hostOptions.Value),
    };

    /// <summary>
    /// A context on the tenant's database, from the tenant's own pool (a pool never serves two tenants: each has its
    /// options, its connection string or schema). Disposing it returns it to the pool, reset. On SQLite it runs on a
    /// connection from the tenant's shelf, whose statements stay prepared (<see cref="StatementCachingConnection"/>).
    /// </summary>
    public TenantDbContext CreateTenantContext(string tenant)
    {
        _warm.Touch(tenant);
        var pool = _contextPools.GetOrAdd(tenant, static (name, self) => self.NewContextPool(name), this);
        var context = pool.Create();
        if (pool.Connections is { } shelf)
        {
            context.Borrow(shelf);
        }

        return context;
    }

    // A tenant's options outlive its pools (a cooled tenant warming again reuses them): EF keys its internal caches on them.
    private TenantContextPool NewContextPool(string tenant) => _tenantOptions.GetOrAdd(tenant, BuildTenantOptions) switch
    {
        DbContextOptions<PostgresTenantDbContext> postgres => new(new PooledDbContextFactory<PostgresTenantDbContext>(postgres, ContextsPerWarmTenant).CreateDbContext, null),
        var sqlite => new(
            new PooledDbContextFactory<SqliteTenantDbContext>((DbContextOptions<SqliteTenantDbContext>)sqlite, ContextsPerWarmTenant).CreateDbContext,
            new SqliteConnectionShelf(SqliteConnectionString(Layout.TenantDatabaseFile(tenant)), ContextsPerWarmTenant)),
    };

    /// <summary>A warm tenant's ready contexts and, on SQLite, the connections they are lent.</summary>
    private sealed record TenantContextPool(Func<TenantDbContext> Create, SqliteConnectionShelf? Connections);

    /// <summary>Creates or upgrades the host database to the latest schema.</summary>
    public async Task MigrateHostAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Layout.DataPath);
        await using var db = CreateHostContext();
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>Creates the tenant's folders and database (or schema) and applies pending migrations.</summary>
    /// <param name="targetMigration">Stop at this migration; null for the latest. Used by upgrade tests.</param>
    public async Task MigrateTenantAsync(string tenant, CancellationToken cancellationToken, string? targetMigration = null)
    {
        Directory.CreateDirectory(Layout.IndexFolder(tenant));
        Directory.CreateDirectory(Layout.MediaFolder(tenant));
        var file = Layout.TenantDatabaseFile(tenant);
        var fromNothing = _options.Provider == DatabaseProvider.Sqlite && targetMigration is null && !File.Exists(file);
        if (fromNothing && _sqliteTemplate is { } template)
        {
            await WriteTemplateAsync(file, template, cancellationToken);
            return;
        }

        await using var db = CreateTenantContext(tenant);
        if (_options.Provider == DatabaseProvider.Postgres)
        {
            // Schema names come from validated tenant slugs ([a-z0-9_] only), so quoting them is enough.
            var createSchema = $"CREATE SCHEMA IF NOT EXISTS \"{TenantNaming.SchemaName(tenant)}\"";
            await db.Database.ExecuteSqlRawAsync(createSchema, cancellationToken);
        }

        // A tenant whose schema is current (the usual first request after the CLI created it) costs one read of its
        // history table, not the migrator's lock and checks: that is most of a not-yet-active tenant's first request.
        if (targetMigration is null && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            return;
        }

        var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
        await migrator.MigrateAsync(targetMigration, cancellationToken);
        if (fromNothing && _sqliteTemplate is null)
        {
            _sqliteTemplate = await SnapshotAsync(db, file, cancellationToken);
        }
    }

    /// <summary>A consistent copy of a freshly migrated SQLite database (VACUUM INTO), as bytes.</summary>
    private static async Task<byte[]> SnapshotAsync(DbContext db, string file, CancellationToken cancellationToken)
    {
        var copy = file + ".template";
        File.Delete(copy);
        try
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM INTO {0}", [copy], cancellationToken);
            return await File.ReadAllBytesAsync(copy, cancellationToken);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    /// <summary>Writes the template beside the tenant's file, then moves it in place: never a half-written database.</summary>
    private static async Task WriteTemplateAsync(string file, byte[] template, CancellationToken cancellationToken)
    {
        var partial = file + ".partial";
        await File.WriteAllBytesAsync(partial, template, cancellationToken);
        File.Move(partial, file, overwrite: false);
    }

    /// <summary>Deletes everything the tenant stored: its database or schema, index and media.</summary>
    public async Task DeleteTenantStorageAsync(string tenant, CancellationToken cancellationToken)
    {
        if (_options.Provider == DatabaseProvider.Postgres)
        {
            await using var db = CreateHostContext();
            var dropSchema = $"DROP SCHEMA IF EXISTS \"{TenantNaming.SchemaName(tenant)}\" CASCADE";
            await db.Database.ExecuteSqlRawAsync(dropSchema, cancellationToken);
        }

        Release(tenant);
        var folder = Layout.TenantFolder(tenant);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Closes what this node keeps open of the tenant's database (SQLite's pooled connections keep the file open, so it can then be deleted or moved).</summary>
    public void Release(string tenant)
    {
        _tenantOptions.TryRemove(tenant, out _);
        _warm.Forget(tenant);
        Cool(tenant);
    }

    /// <summary>
    /// Closes every connection kept for a warm tenant when the node stops: they outlive requests, and the last connection
    /// of a SQLite file to close folds its write-ahead log back into it.
    /// </summary>
    public void Dispose()
    {
        foreach (var tenant in _contextPools.Keys)
        {
            Cool(tenant);
        }
    }

    /// <summary>
    /// Drops the tenant's pool of contexts (those in use are disposed when returned) and, on SQLite, closes its kept and
    /// pooled connections: a tenant no longer warm, or released.
    /// </summary>
    private void Cool(string tenant)
    {
        if (_contextPools.TryRemove(tenant, out var pool))
        {
            pool.Connections?.Close();
        }

        if (_options.Provider == DatabaseProvider.Sqlite)
        {
            CloseSqlitePool(tenant);
        }
    }

    /// <summary>Closes the tenant's idle pooled SQLite connections now, and those in use when they are returned.</summary>
    private void CloseSqlitePool(string tenant)
    {
        using var connection = new SqliteConnection(SqliteConnectionString(Layout.TenantDatabaseFile(tenant)));
        SqliteConnection.ClearPool(connection);
    }

    private DbContextOptions BuildHostOptions() => _options.Provider switch
    {
        DatabaseProvider.Postgres => new DbContextOptionsBuilder<PostgresHostDbContext>()
            .UseNpgsql(_postgres).Options,
        _ => new DbContextOptionsBuilder<SqliteHostDbContext>()
            .UseSqlite(SqliteConnectionString(Layout.HostDatabaseFile))
            .AddInterceptors(ConnectionSetupInterceptor.Sqlite)
            .Options,
    };

    private DbContextOptions BuildTenantOptions(string tenant)
    {
        if (_options.Provider == DatabaseProvider.Postgres)
        {
            // One shared pool for all tenants (PostgreSQL allows ~100 connections, we host hundreds of
            // tenants); each opened connection is pointed at the tenant's schema.
            var schema = TenantNaming.SchemaName(tenant);
            return new DbContextOptionsBuilder<PostgresTenantDbContext>()
                .UseNpgsql(_postgres, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, schema))
                .AddInterceptors(ConnectionSetupInterceptor.PostgresSchema(schema))
                .Options;
        }

        return new DbContextOptionsBuilder<SqliteTenantDbContext>()
            // A list (ids.Contains(x)) goes to SQL as one JSON parameter read with json_each, as before EF 10. EF 10's
            // default spreads it over one parameter per item, and then generates the query's SQL again on every
            // execution (its command cache does not key on a list's length): 5 % of an article built on every request,
            // and a different SQL text, so a different prepared statement, for each length.
            .UseSqlite(SqliteConnectionString(Layout.TenantDatabaseFile(tenant)), sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(ConnectionSetupInterceptor.Sqlite, StatementReuseInterceptor.Instance)
            .Options;
    }

    private static string SqliteConnectionString(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Pooling = true, DefaultTimeout = 30 }.ToString();
}
