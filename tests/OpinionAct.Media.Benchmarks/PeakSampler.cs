using System.Diagnostics;

namespace OpinionAct.Media.Benchmarks;

/// <summary>Samples the process's working set and GC heap every 50 ms.</summary>
internal sealed class PeakSampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _workingSet;
    private long _heap;

    public PeakSampler() => _loop = Task.Run(async () =>
    {
        using var process = Process.GetCurrentProcess();
        while (!_stop.IsCancellationRequested)
        {
            process.Refresh();
            _workingSet = Math.Max(_workingSet, process.WorkingSet64);
            _heap = Math.Max(_heap, GC.GetGCMemoryInfo().HeapSizeBytes);
            try
            {
                await Task.Delay(50, _stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    });

    public (long WorkingSet, long Heap) Stop()
    {
        _stop.Cancel();
        _loop.Wait();
        return (_workingSet, _heap);
    }

    public void Dispose() => _stop.Dispose();
}
