using System.Collections.Concurrent;
using System.Diagnostics;

namespace OpinionAct.Media.Cluster;

/// <summary>Every request the workload made: what, when (on one monotonic clock), and whether it did what it should.</summary>
public sealed class RequestLedger
{
    private readonly ConcurrentQueue<RequestRecord> _records = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public TimeSpan Now => _clock.Elapsed;

    public IReadOnlyList<RequestRecord> Records => [.. _records];

    /// <summary>Runs one request and records it; an exception counts as a failure with its message.</summary>
    public async Task<bool> TrackAsync(string kind, Func<Task<(bool Ok, string Detail)>> request)
    {
        var start = Now;
        bool ok;
        string detail;
        try
        {
            (ok, detail) = await request();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or InvalidOperationException)
        {
            (ok, detail) = (false, ex.GetType().Name + ": " + ex.Message);
        }

        _records.Enqueue(new RequestRecord(kind, start, Now, ok, detail));
        return ok;
    }
}
