using System.Collections.Concurrent;

namespace OpinionAct.Media.Web.Webhooks;

/// <summary>
/// Wakes this node's delivery worker for a tenant (a hook created or enabled, a replay) instead of waiting for the
/// next poll, and tells it to look at a tenant it had found without hooks.
/// </summary>
public sealed class WebhookSignal : IDisposable
{
    private readonly ConcurrentDictionary<string, byte> _tenants = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake(string tenant)
    {
        _tenants[tenant] = 0;
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already awake.
            }
        }
    }

    /// <summary>The tenants signalled since the last call.</summary>
    public IReadOnlyCollection<string> Drain()
    {
        var names = _tenants.Keys.ToList();
        foreach (var name in names)
        {
            _tenants.TryRemove(name, out _);
        }

        return names;
    }

    /// <summary>Waits for a signal or <paramref name="timeout"/>.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _wake.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _wake.Dispose();
}
