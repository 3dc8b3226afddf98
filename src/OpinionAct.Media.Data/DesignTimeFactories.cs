using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using OpinionAct.Media.Data.Postgres;
using OpinionAct.Media.Data.Sqlite;

namespace OpinionAct.Media.Data;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
internal sealed class SqliteHostDesignFactory : IDesignTimeDbContextFactory<SqliteHostDbContext>
{
    public SqliteHostDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHostDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class SqliteTenantDesignFactory : IDesignTimeDbContextFactory<SqliteTenantDbContext>
{
    public SqliteTenantDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTenantDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresHostDesignFactory : IDesignTimeDbContextFactory<PostgresHostDbContext>
{
    public PostgresHostDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresHostDbContext>().UseNpgsql("Host=127.0.0.1;Database=design").Options);
}

internal sealed class PostgresTenantDesignFactory : IDesignTimeDbContextFactory<PostgresTenantDbContext>
{
    public PostgresTenantDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresTenantDbContext>().UseNpgsql("Host=127.0.0.1;Database=design").Options);
}
