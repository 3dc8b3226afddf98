using System.Data;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace OpinionAct.Media.Data.Sqlite;

/// <summary>
/// A warm tenant's SQLite connection that stays open between the contexts it is lent to (<see cref="SqliteConnectionShelf"/>),
/// with its SELECT statements kept prepared, one command per SQL text. Microsoft.Data.Sqlite has no statement cache
/// (dotnet/efcore#14044): each command prepares its SQL again, and closing a connection finalises every statement on it.
/// Preparing was 12 to 14 % of the CPU of a page built on every request (issue 15's ninth round).
/// <para>
/// While it is kept, <see cref="Close"/> leaves it open: EF closes a connection after each query it opened, and the
/// request's scope closes it again. When a context gives it back, the shelf keeps it only if nothing is left in
/// progress (<see cref="EndUse"/>); otherwise it is retired, really closed, which ends what was left as a close always did.
/// </para>
/// <para>
/// EF registers its SQLite functions (regexp, and ef_* for decimal arithmetic) only on connections it creates itself, so
/// they are not on this one. No query of ours uses them (the model has no decimal column and no query matches a regular
/// expression); one that did would fail with "no such function" in the SQLite tests, which all run on these connections.
/// </para>
/// </summary>
public sealed class StatementCachingConnection(string connectionString) : SqliteConnection(connectionString)
{
    /// <summary>
    /// SQL texts kept prepared per connection, the least recently used dropped beyond it. A page runs 6 to 9 and the whole
    /// product a few hundred; a prepared statement of ours takes some kilobytes.
    /// </summary>
    public const int MaxStatements = 64;

    /// <summary>
    /// Uses after which a connection is retired anyway, so that nothing a long-lived connection may accumulate (the list
    /// of its commands Microsoft.Data.Sqlite keeps, SQLite's own memory) outlives ten thousand requests; preparing its
    /// statements again costs less than one page.
    /// </summary>
    public const int MaxUses = 10_000;

    private readonly Dictionary<string, TrackedSqliteCommand> _statements = new(StringComparer.Ordinal);
    private bool _kept = true;
    private long _clock;
    private int _live;

    /// <summary>The current use (one context's time with this connection), counted from 1.</summary>
    internal int Use { get; private set; }

    /// <summary>SQL texts prepared into the cache since the connection was opened (tests check reuse with it).</summary>
    internal int Prepared { get; private set; }

    /// <summary>Executions served by an already prepared statement.</summary>
    internal int Reused { get; private set; }

    internal int CachedStatements => _statements.Count;

    internal bool Retired => !_kept;

    /// <summary>Starts a use by one context: every command it creates is counted until disposed.</summary>
    internal void BeginUse()
    {
        Use++;
        _live = 0;
    }

    /// <summary>
    /// Ends the current use. True when the connection is worth keeping: open, no transaction (begun through the connection
    /// or by SQL), and no command of this use left undisposed (a leaked reader would keep its read snapshot, and the next
    /// context would read stale data).
    /// </summary>
    internal bool EndUse() =>
        _kept
        && State == ConnectionState.Open
        && Transaction is null
        && raw.sqlite3_get_autocommit(Handle) != 0
        && _live == 0
        && Use < MaxUses;

    /// <summary>
    /// Really closes the connection: its statements are finalised and the physical connection goes back to the pool. A
    /// transaction begun by SQL and never ended is rolled back first, since the pool would otherwise hand it, still open,
    /// to the next connection on the same file.
    /// </summary>
    internal void Retire()
    {
        _kept = false;
        foreach (var command in _statements.Values)
        {
            command.Cached = false;
        }

        _statements.Clear();
        if (State == ConnectionState.Open && Transaction is null && raw.sqlite3_get_autocommit(Handle) == 0)
        {
            try
            {
                using var rollback = CreateCommand();
                rollback.CommandText = "ROLLBACK";
                rollback.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // Not handed on with its transaction: closing the file's pooled connections drops this one too.
                Dispose();
                ClearPool(this);
                return;
            }
        }

        Dispose();
    }

    public override void Close()
    {
        if (_kept)
        {
            return;
        }

        base.Close();
    }

    public override SqliteCommand CreateCommand() =>
        Created(new TrackedSqliteCommand(this, cached: false) { CommandTimeout = DefaultTimeout, Transaction = Transaction });

    /// <summary>
    /// The command EF will run instead of <paramref name="fresh"/>: this connection's prepared command for the same SELECT,
    /// given the fresh one's parameters, transaction and timeout. <paramref name="fresh"/> itself when its SQL is not a
    /// SELECT (writes vary with their batches), when the cached command is still running (a nested query with the same
    /// text), or once the connection is being retired.
    /// </summary>
    internal SqliteCommand Reuse(SqliteCommand fresh)
    {
        var text = fresh.CommandText;
        if (!_kept || !text.StartsWith("SELECT", StringComparison.Ordinal))
        {
            return fresh;
        }

        if (!_statements.TryGetValue(text, out var cached))
        {
            if (_statements.Count >= MaxStatements && !DropLeastRecentlyUsed())
            {
                return fresh;
            }

            cached = new TrackedSqliteCommand(this, cached: true) { CommandText = text };
            _statements.Add(text, cached);
            Prepared++;
        }
        else if (cached.InUse)
        {
            return fresh;
        }
        else
        {
            Reused++;
        }

        Created(cached);
        cached.LastUsed = ++_clock;
        cached.Transaction = fresh.Transaction;
        cached.CommandTimeout = fresh.CommandTimeout;
        var parameters = fresh.Parameters;
        for (var i = 0; i < parameters.Count; i++)
        {
            cached.Parameters.Add(parameters[i]);
        }

        parameters.Clear();
        fresh.Dispose();
        return cached;
    }

    /// <summary>A command of this use was disposed (or a cached one given back).</summary>
    internal void Released(TrackedSqliteCommand command)
    {
        if (command.CountedIn == Use)
        {
            _live--;
        }

        command.CountedIn = 0;
    }

    /// <summary>True when a cached command may be kept prepared after its use rather than disposed.</summary>
    internal bool Keeps(TrackedSqliteCommand command) => _kept && command.Cached;

    private TrackedSqliteCommand Created(TrackedSqliteCommand command)
    {
        command.CountedIn = Use;
        _live++;
        return command;
    }

    private bool DropLeastRecentlyUsed()
    {
        TrackedSqliteCommand? oldest = null;
        foreach (var command in _statements.Values)
        {
            if (!command.InUse && (oldest is null || command.LastUsed < oldest.LastUsed))
            {
                oldest = command;
            }
        }

        if (oldest is null)
        {
            return false;
        }

        _statements.Remove(oldest.CommandText);
        oldest.Cached = false;
        oldest.Dispose();
        return true;
    }
}
