using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Host;

namespace OpinionAct.Media.Data.Sqlite;

/// <summary>The host database on SQLite; a distinct type so each provider keeps its own migrations.</summary>
public sealed class SqliteHostDbContext(DbContextOptions<SqliteHostDbContext> options) : HostDbContext(options);
