using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace OpinionAct.Media.Cluster;

/// <summary>
/// Requests per second through a load balancer in front of 1, 2 and 3 nodes, measured in the same run with wrk on the
/// hub's home page. All nodes share this machine's cores, so the figure shows the balancer path and the nodes'
/// coordination costs, not the capacity of separate machines.
/// </summary>
public static partial class Throughput
{
    public static async Task<IReadOnlyList<Check>> MeasureAsync(ClusterLayout layout, IReadOnlyList<NodeProcess> nodes, TimeSpan each)
    {
        var checks = new List<Check>();
        double? single = null;
        for (var count = 1; count <= nodes.Count; count++)
        {
            await using var balancer = new LoadBalancer(layout.Work, Loopback.FreePort(), [.. nodes.Take(count).Select(n => n.Port)], $"rps{count}");
            await balancer.StartAsync();
            await Task.Delay(2500); // two health checks mark the nodes up
            var rps = await WrkAsync(new Uri(balancer.Url, "/brand/"), each);
            single ??= rps;
            var ratio = single > 0 ? rps / single.Value : 0;
            checks.Add(Check.Measured($"requests/s through the balancer, {count} node(s), home page",
                $"{rps.ToString("#,0", CultureInfo.InvariantCulture)} ({ratio.ToString("0.00", CultureInfo.InvariantCulture)} of 1 node)"));
        }

        return checks;
    }

    private static async Task<double> WrkAsync(Uri url, TimeSpan duration)
    {
        var wrk = Process.Start(new ProcessStartInfo("wrk", ["-t2", "-c32", $"-d{(int)duration.TotalSeconds}s", url.ToString()])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("wrk did not start.");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var match = RequestsPerSecond().Match(output);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();
}
