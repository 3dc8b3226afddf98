using System.Diagnostics;

namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>Polls a condition that another process or node makes true, up to a generous deadline.</summary>
public static class Eventually
{
    public static async Task<TimeSpan> TrueAsync(Func<Task<bool>> condition, TimeSpan deadline, string what)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < deadline)
        {
            if (await condition())
            {
                return clock.Elapsed;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"{what} did not happen within {deadline.TotalSeconds} s.");
    }
}
