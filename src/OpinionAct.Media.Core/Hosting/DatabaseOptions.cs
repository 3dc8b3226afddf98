namespace OpinionAct.Media.Hosting;

/// <summary><c>Media:Database</c>: which engine holds the host and tenant databases.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>PostgreSQL connection string (required for Postgres, unused for SQLite, whose files live under DataPath).</summary>
    public string? ConnectionString { get; set; }
}
