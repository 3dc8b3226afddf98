using System.Collections.Concurrent;

namespace OpinionAct.Media.Web.Apis.Integrations;

/// <summary>
/// Decides when an integration's "last used" is worth writing: at most once a minute per integration on
/// each node, so a busy integration does not turn every API read into a database write.
/// </summary>
internal sealed class IntegrationUsage(TimeProvider clock)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, DateTime> _written = new(StringComparer.Ordinal);

    public bool ShouldRecord(string tenant, string clientId, out DateTime now)
    {
        now = clock.GetUtcNow().UtcDateTime;
        var key = tenant + "\n" + clientId;
        if (_written.TryGetValue(key, out var last) && now - last < Interval)
        {
            return false;
        }

        _written[key] = now;
        return true;
    }
}
