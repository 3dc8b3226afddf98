namespace OpinionAct.Media.Hosting;

/// <summary>Supported storage engines: SQLite files by default, PostgreSQL (one schema per tenant) at scale.</summary>
public enum DatabaseProvider
{
    Sqlite = 0,
    Postgres = 1,
}
