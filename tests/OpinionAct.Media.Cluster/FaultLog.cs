using System.Collections.Concurrent;

namespace OpinionAct.Media.Cluster;

/// <summary>When each fault was injected and lifted, on the ledger's clock.</summary>
public sealed class FaultLog
{
    private readonly ConcurrentDictionary<string, TimeSpan> _moments = new(StringComparer.Ordinal);

    public void Mark(string what, TimeSpan at) => _moments[what] = at;

    public TimeSpan? At(string what) => _moments.TryGetValue(what, out var at) ? at : null;

    public const string NodeKilled = "node killed";
    public const string NodeRestarted = "node restarted";
    public const string RedisStopped = "redis stopped";
    public const string RedisStarted = "redis started";
}
