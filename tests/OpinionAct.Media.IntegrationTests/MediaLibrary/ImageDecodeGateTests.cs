using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Web.MediaLibrary.Pipeline;

namespace OpinionAct.Media.IntegrationTests.MediaLibrary;

/// <summary>The decode gate on its own (no host): the pixel budget is never exceeded, and a cancelled wait gives its place back.</summary>
public sealed class ImageDecodeGateTests
{
    [Fact]
    public async Task Gate_should_never_hold_more_than_its_budget_under_concurrent_entries()
    {
        const long budget = 100;
        var gate = Gate(budget);
        long inside = 0, peak = 0;
        var random = new Random(13);
        var weights = Enumerable.Range(0, 400).Select(_ => (long)random.Next(1, 140)).ToArray(); // some larger than the whole budget
        await Task.WhenAll(weights.Select(weight => Task.Run(async () =>
        {
            using var lease = await gate.EnterAsync(weight, default);
            var now = Interlocked.Add(ref inside, Math.Min(weight, budget));
            InterlockedMax(ref peak, now);
            await Task.Yield();
            Thread.SpinWait(Random.Shared.Next(50, 500));
            Interlocked.Add(ref inside, -Math.Min(weight, budget));
        })));

        Assert.InRange(peak, 1, budget);
        Assert.Equal(0, inside);
        using var whole = await gate.EnterAsync(budget, default).WaitAsync(TimeSpan.FromSeconds(5)); // everything was given back
    }

    [Fact]
    public async Task Gate_should_let_an_image_larger_than_the_budget_run_alone()
    {
        var gate = Gate(100);
        using (await gate.EnterAsync(1_000_000, default))
        {
            var small = gate.EnterAsync(1, default);
            Assert.False(small.IsCompleted);
        }

        using var after = await gate.EnterAsync(1, default).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Gate_should_cancel_a_waiting_entry_and_give_its_place_back()
    {
        var gate = Gate(100);
        var holder = await gate.EnterAsync(80, default);
        using var cancel = new CancellationTokenSource();
        var waiting = gate.EnterAsync(50, cancel.Token);
        var behind = gate.EnterAsync(20, default);
        Assert.False(waiting.IsCompleted);
        Assert.False(behind.IsCompleted); // first come, first served: it waits behind the 50

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.EnterAsync(1, cancel.Token));

        holder.Dispose();
        using var next = await behind.WaitAsync(TimeSpan.FromSeconds(5));
        using var rest = await gate.EnterAsync(80, default).WaitAsync(TimeSpan.FromSeconds(5)); // the cancelled 50 holds nothing
    }

    private static ImageDecodeGate Gate(long budget) =>
        new(Options.Create(new MediaOptions { Library = { DecodePixelBudget = budget } }));

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while ((seen = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
