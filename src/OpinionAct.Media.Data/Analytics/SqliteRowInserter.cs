using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace OpinionAct.Media.Data.Analytics;

/// <summary>
/// A one-row <c>INSERT</c> of <see cref="RecordTable{TRecord}"/> prepared once on a SQLite connection and stepped once
/// per row, its parameters bound by position. Microsoft.Data.Sqlite binds every parameter by name, and SQLite finds a
/// name by comparing it with each of the statement's names in turn: with ten rows of fifteen columns per statement that
/// lookup was the group-commit writer's largest cost (about 15 % of the node's CPU under events-wrk, issue 15's profile).
/// Values are bound as Microsoft.Data.Sqlite binds them (the same storage classes, dates as <c>yyyy-MM-dd</c> text),
/// so EF reads and filters the rows exactly as if it had written them.
/// </summary>
internal sealed class SqliteRowInserter<TRecord> : IDisposable
    where TRecord : class
{
    private readonly SqliteConnection _connection;
    private readonly RecordTable<TRecord> _table;
    private readonly sqlite3_stmt _statement;

    // Every row of a batch has the same day (or nearly): its text is made once, not per row.
    private DateOnly _lastDay;
    private string? _lastDayText;

    public SqliteRowInserter(SqliteConnection connection, RecordTable<TRecord> table)
    {
        _connection = connection;
        _table = table;
        var rc = raw.sqlite3_prepare_v3(connection.Handle, table.Insert(1), raw.SQLITE_PREPARE_PERSISTENT, out _statement);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
    }

    /// <summary>Inserts one row, in the connection's current transaction.</summary>
    public void Insert(TRecord record)
    {
        try
        {
            for (var c = 0; c < _table.ColumnCount; c++)
            {
                Bind(c + 1, _table.Value(record, c));
            }

            var rc = raw.sqlite3_step(_statement);
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
            }
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Bind(int index, object? value)
    {
        var rc = value switch
        {
            null => raw.sqlite3_bind_null(_statement, index),
            long v => raw.sqlite3_bind_int64(_statement, index, v),
            int v => raw.sqlite3_bind_int64(_statement, index, v),
            short v => raw.sqlite3_bind_int64(_statement, index, v),
            byte v => raw.sqlite3_bind_int64(_statement, index, v),
            bool v => raw.sqlite3_bind_int64(_statement, index, v ? 1 : 0),
            double v => raw.sqlite3_bind_double(_statement, index, v),
            string v => raw.sqlite3_bind_text(_statement, index, v),
            DateOnly v => raw.sqlite3_bind_text(_statement, index, DayText(v)),
            _ => throw new NotSupportedException(
                $"{typeof(TRecord).Name} has a column of type {value.GetType().Name}, which the SQLite row inserter does not bind yet; add it here as Microsoft.Data.Sqlite binds it."),
        };
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
        }
    }

    private string DayText(DateOnly day)
    {
        if (_lastDayText is null || day != _lastDay)
        {
            // Microsoft.Data.Sqlite's own format for DateOnly, which EF compares as text.
            _lastDayText = day.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture);
            _lastDay = day;
        }

        return _lastDayText;
    }
}
