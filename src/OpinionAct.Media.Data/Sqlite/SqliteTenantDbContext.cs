using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Sqlite;

/// <summary>A tenant database on SQLite; a distinct type so each provider keeps its own migrations.</summary>
public sealed class SqliteTenantDbContext(DbContextOptions<SqliteTenantDbContext> options) : TenantDbContext(options);
