using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpinionAct.Media.Data.Postgres;

/// <summary>
/// Points every connection a tenant context opens at that tenant's schema. Npgsql resets session
/// state when a connection returns to the pool, so one tenant's search path never leaks to another.
/// </summary>
internal sealed class SearchPathInterceptor(string schema) : DbConnectionInterceptor
{
    private readonly string _command = $"SET search_path TO \"{schema}\"";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _command;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = _command;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
