using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Host;

namespace OpinionAct.Media.Data.Postgres;

/// <summary>The host database on PostgreSQL; a distinct type so each provider keeps its own migrations.</summary>
public sealed class PostgresHostDbContext(DbContextOptions<PostgresHostDbContext> options) : HostDbContext(options);
