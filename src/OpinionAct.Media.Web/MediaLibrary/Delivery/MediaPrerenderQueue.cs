using System.Collections.Concurrent;
using System.Threading.Channels;
using OpinionAct.Media.Content;

namespace OpinionAct.Media.Web.MediaLibrary.Delivery;

/// <summary>
/// Items imported without their variants (a recipe keeps a tenant's setup quick), waiting for the
/// <see cref="MediaPrerenderWorker"/> to render them so the first reader of a page does not pay for it. Items
/// wait until their tenant's content change is announced, which happens once the recipe has committed: a
/// rolled-back import is then simply not found.
/// </summary>
internal sealed class MediaPrerenderQueue : IContentChangeListener
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> _pending = new(StringComparer.Ordinal);
    private readonly Channel<string> _ready = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<string> Ready => _ready.Reader;

    public void Defer(string tenant, int id) => _pending.GetOrAdd(tenant, _ => new ConcurrentQueue<int>()).Enqueue(id);

    /// <summary>The ids deferred for <paramref name="tenant"/> so far, each once; the queue is emptied.</summary>
    public IReadOnlyList<int> Take(string tenant)
    {
        var ids = new HashSet<int>();
        if (_pending.TryGetValue(tenant, out var queue))
        {
            while (queue.TryDequeue(out var id))
            {
                ids.Add(id);
            }
        }

        return [.. ids.Order()];
    }

    public Task OnContentChangedAsync(string tenant, CancellationToken cancellationToken)
    {
        if (_pending.TryGetValue(tenant, out var queue) && !queue.IsEmpty)
        {
            _ready.Writer.TryWrite(tenant);
        }

        return Task.CompletedTask;
    }
}
