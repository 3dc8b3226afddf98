namespace OpinionAct.Media.Data.Portability;

/// <summary>
/// What a backup's database part is: the last migration its schema had (the version it is restored at, then migrated
/// forward), and for PostgreSQL the tables dumped. A SQLite dump is one entry, the database file.
/// </summary>
public sealed record DatabaseDump(string LastMigration, IReadOnlyList<DumpedTable> Tables)
{
    public const string SqliteEntry = "database/tenant.db";
}
