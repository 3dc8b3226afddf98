namespace OpinionAct.Media.Hosting;

/// <summary><c>Media:Database</c>: which engine holds the host and tenant databases.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>PostgreSQL connection string (required for Postgres, unused for SQLite, whose files live under DataPath).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// How many tenants, the most recently used, keep their database resources on a node (see WarmTenants): their
    /// SQLite connections open, and on both providers a pool of ready contexts. The others' are closed and made again
    /// on their next use. Each warm SQLite tenant costs about 0.7 MB; each reopening about 1 ms of CPU
    /// (docs/tenancy.md): raise it on a node where more hubs than this are busy at once.
    /// </summary>
    public int WarmTenants { get; set; } = DefaultWarmTenants;

    public const int DefaultWarmTenants = 32;
}
