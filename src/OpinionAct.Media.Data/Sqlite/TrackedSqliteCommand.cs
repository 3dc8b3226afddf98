using Microsoft.Data.Sqlite;

namespace OpinionAct.Media.Data.Sqlite;

/// <summary>
/// A command of a <see cref="StatementCachingConnection"/>: counted from its creation until disposed, so that a connection
/// given back with a command still open is retired rather than kept; and, when cached, kept prepared on disposal
/// instead of finalised.
/// </summary>
internal sealed class TrackedSqliteCommand : SqliteCommand
{
    private readonly StatementCachingConnection _owner;

    public TrackedSqliteCommand(StatementCachingConnection owner, bool cached)
    {
        _owner = owner;
        Cached = cached;
        Connection = owner;
    }

    /// <summary>Held in its connection's statement cache (cleared when dropped from it or when the connection retires).</summary>
    internal bool Cached { get; set; }

    /// <summary>The connection's use this command is counted in; 0 once disposed or given back.</summary>
    internal int CountedIn { get; set; }

    internal bool InUse => CountedIn != 0;

    internal long LastUsed { get; set; }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _owner.Released(this);
            if (_owner.Keeps(this) && DataReader is null)
            {
                // Its reader reset the statement when it was disposed: only this execution's bindings go.
                Transaction = null;
                Parameters.Clear();
                return;
            }
        }

        base.Dispose(disposing);
    }
}
