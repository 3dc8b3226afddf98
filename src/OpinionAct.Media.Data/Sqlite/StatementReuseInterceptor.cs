using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpinionAct.Media.Data.Sqlite;

/// <summary>
/// Hands EF the prepared command of a <see cref="StatementCachingConnection"/> for a SELECT it already ran, once EF has
/// set the fresh command's SQL and parameters. Commands on any other connection pass through unchanged.
/// </summary>
internal sealed class StatementReuseInterceptor : DbCommandInterceptor
{
    public static readonly StatementReuseInterceptor Instance = new();

    private StatementReuseInterceptor()
    {
    }

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result) =>
        result is SqliteCommand { Connection: StatementCachingConnection connection } fresh ? connection.Reuse(fresh) : result;
}
