using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Hosting;

namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>
/// Whether this node may start leader jobs (<see cref="Tenancy.JobPlacement.Leader"/>). A lone node always may and
/// needs no lease. A cluster member may only while it holds the job lease, a PostgreSQL advisory lock kept by
/// <see cref="JobLeaseKeeper"/>; losing it cancels the leader runs in flight (<see cref="TryLead"/>'s token), so no
/// run overlaps the next leader's. One lease covers every leader job: see docs/scale-out.md#background-work for why.
/// </summary>
public sealed partial class JobLeases(ClusterMode cluster, BackgroundRunStore runs, TimeProvider clock, IOptions<MediaOptions> options, ILogger<JobLeases> logger) : IDisposable
{
    /// <summary>The advisory lock key of the job lease (a constant every node shares; "OAMJOBS1" in ASCII).</summary>
    public const long LeaseKey = 0x4F414D4A4F425331;

    private readonly Lock _lock = new();
    private CancellationTokenSource? _term;

    /// <summary>Raised (on the keeper's loop) when this node takes the lease: work parked meanwhile can start.</summary>
    public event Action? Taken;

    /// <summary>False on a lone node: it leads alone, without a lease or a run record.</summary>
    public bool Required => cluster.IsMember;

    /// <summary>This node's name in logs and in the run record (<see cref="MediaOptions.NodeName"/>).</summary>
    public string NodeName { get; } = NodeNames.Resolve(options.Value.NodeName);

    /// <summary>True on a lone node, and on a cluster member while it holds the lease.</summary>
    public bool IsLeading
    {
        get
        {
            lock (_lock)
            {
                return !Required || _term is not null;
            }
        }
    }

    /// <summary>
    /// True when this node may start a leader run now; <paramref name="term"/> is cancelled when the lease is lost
    /// (never on a lone node).
    /// </summary>
    public bool TryLead(out CancellationToken term)
    {
        term = CancellationToken.None;
        if (!Required)
        {
            return true;
        }

        lock (_lock)
        {
            if (_term is null)
            {
                return false;
            }

            term = _term.Token;
            return true;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _term?.Dispose();
            _term = null;
        }
    }

    /// <summary>The keeper took the lock.</summary>
    internal void Take()
    {
        lock (_lock)
        {
            if (_term is not null)
            {
                return;
            }

            _term = new CancellationTokenSource();
        }

        logger.JobLeaseTaken(NodeName);
        Taken?.Invoke();
    }

    /// <summary>The keeper lost the lock (or is stopping): stop starting leader jobs, and stop those running.</summary>
    internal void Lose(string reason)
    {
        CancellationTokenSource? term;
        lock (_lock)
        {
            term = _term;
            _term = null;
        }

        if (term is null)
        {
            return;
        }

        logger.JobLeaseLost(NodeName, reason);

        // Not disposed: runs may still hold its token; a source without timers holds nothing to free.
        term.Cancel();
    }
}
