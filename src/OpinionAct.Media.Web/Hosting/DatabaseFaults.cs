using System.Net.Sockets;
using Npgsql;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>Tells a database that cannot be reached (refused, dropped, timed out, shutting down) from a query's own error.</summary>
public static class DatabaseFaults
{
    /// <summary>True when <paramref name="exception"/>, or one it wraps (EF Core wraps provider errors), says the database is away.</summary>
    public static bool IsUnreachable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                // A server-side error is the query's own (a constraint, a serialisation conflict) unless the server
                // says it cannot take connections: class 08 (connection), 53300 (too many), 57P0x (shutting down).
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState == PostgresErrorCodes.TooManyConnections
                        || postgres.SqlState.StartsWith("57P0", StringComparison.Ordinal);
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                    return true;
            }
        }

        return false;
    }
}
