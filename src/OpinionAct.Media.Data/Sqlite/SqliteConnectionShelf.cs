namespace OpinionAct.Media.Data.Sqlite;

/// <summary>
/// A warm tenant's idle SQLite connections, each lent to one of its pooled contexts at a time and given back when the
/// context is disposed. Connections opened for one tenant's file only ever serve that tenant: each tenant has its own
/// shelf, dropped and emptied when the tenant cools or is released.
/// </summary>
internal sealed class SqliteConnectionShelf(string connectionString, int capacity)
{
    private readonly Stack<StatementCachingConnection> _idle = new();
    private bool _closed;

    /// <summary>
    /// The most recently returned connection (open, its statements prepared), or a new one that EF opens at the first query.
    /// </summary>
    public StatementCachingConnection Take()
    {
        StatementCachingConnection? connection = null;
        lock (_idle)
        {
            if (!_closed)
            {
                _idle.TryPop(out connection);
            }
        }

        connection ??= new StatementCachingConnection(connectionString);
        connection.BeginUse();
        return connection;
    }

    /// <summary>Keeps the connection for the next context, or retires it (see <see cref="StatementCachingConnection.EndUse"/>).</summary>
    public void Return(StatementCachingConnection connection)
    {
        if (connection.EndUse())
        {
            lock (_idle)
            {
                if (!_closed && _idle.Count < capacity)
                {
                    _idle.Push(connection);
                    return;
                }
            }
        }

        connection.Retire();
    }

    /// <summary>Retires the idle connections now, and those lent out when they come back.</summary>
    public void Close()
    {
        StatementCachingConnection[] idle;
        lock (_idle)
        {
            _closed = true;
            idle = [.. _idle];
            _idle.Clear();
        }

        foreach (var connection in idle)
        {
            connection.Retire();
        }
    }
}
