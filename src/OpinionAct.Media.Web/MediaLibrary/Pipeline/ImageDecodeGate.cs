using OpinionAct.Media.Hosting;

namespace OpinionAct.Media.Web.MediaLibrary.Pipeline;

/// <summary>
/// Bounds how many pixels the process holds decoded at once (<c>Media:Library:DecodePixelBudget</c>):
/// each decode asks for its frames × pixels and waits until the budget has room. One image larger than
/// the whole budget still runs, alone. This, not a count of uploads, is what bounds memory: twenty
/// simultaneous 24-megapixel uploads take turns instead of holding two gigabytes together.
/// </summary>
internal sealed class ImageDecodeGate(Microsoft.Extensions.Options.IOptions<MediaOptions> options)
{
    private readonly object _sync = new();
    private readonly Queue<(long Pixels, TaskCompletionSource<IDisposable> Waiter)> _waiting = new();
    private long _inUse;

    private long Budget => Math.Max(1, options.Value.Library.DecodePixelBudget);

    public Task<IDisposable> EnterAsync(long pixels, CancellationToken cancellationToken)
    {
        var weight = Math.Clamp(pixels, 1, Budget);
        lock (_sync)
        {
            if (_waiting.Count == 0 && _inUse + weight <= Budget)
            {
                _inUse += weight;
                return Task.FromResult<IDisposable>(new Lease(this, weight));
            }

            cancellationToken.ThrowIfCancellationRequested();
            var waiter = new TaskCompletionSource<IDisposable>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Enqueue((weight, waiter));
            // A cancelled waiter stays queued and is skipped (its weight given back) by the next release;
            // the registration goes as soon as the wait ends, so a long-lived token does not collect them.
            var registration = cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken));
            _ = waiter.Task.ContinueWith(_ => registration.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return waiter.Task;
        }
    }

    private void Release(long weight)
    {
        lock (_sync)
        {
            _inUse -= weight;
            while (_waiting.TryPeek(out var next) && (_inUse + next.Pixels <= Budget || _inUse == 0))
            {
                _waiting.Dequeue();
                _inUse += next.Pixels;
                if (!next.Waiter.TrySetResult(new Lease(this, next.Pixels)))
                {
                    _inUse -= next.Pixels; // cancelled while waiting
                }
            }
        }
    }

    private sealed class Lease(ImageDecodeGate gate, long weight) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release(weight);
            }
        }
    }
}
