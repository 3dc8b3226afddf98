using System.Globalization;
using System.Diagnostics;
using System.Text;

namespace OpinionAct.Media.Cluster;

/// <summary>
/// Debian's HAProxy in front of some nodes: round robin, no stickiness, health checks on <c>/health/ready</c> every
/// second, and a retry on another node when a connection to one fails (a killed node refuses connections at once).
/// Requests already sent to a node that dies are not retried: those are the "in flight" failures the run allows.
/// </summary>
public sealed class LoadBalancer(string work, int port, IReadOnlyList<int> nodePorts, string name) : IAsyncDisposable
{
    private Process? _process;

    public Uri Url => new($"http://127.0.0.1:{port}");

    public async Task StartAsync()
    {
        var config = Path.Combine(work, $"haproxy-{name}.cfg");
        await File.WriteAllTextAsync(config, Config());
        _process = Process.Start(new ProcessStartInfo("haproxy", ["-f", config, "-db"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("haproxy did not start.");
        var log = new StreamWriter(Path.Combine(work, $"haproxy-{name}.log"), append: true) { AutoFlush = true };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await Loopback.WaitListeningAsync(port, $"haproxy (see haproxy-{name}.log)");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    private string Config()
    {
        var text = new StringBuilder();
        text.AppendLine("global");
        text.AppendLine("  maxconn 4096");
        text.AppendLine("defaults");
        text.AppendLine("  mode http");
        text.AppendLine("  timeout connect 1s");
        text.AppendLine("  timeout client 60s");
        text.AppendLine("  timeout server 60s");
        text.AppendLine("  option forwardfor");
        // A refused or reset connection is retried on another node (redispatch), with the buffered body for POSTs.
        text.AppendLine("  option http-buffer-request");
        text.AppendLine("  retries 3");
        text.AppendLine("  option redispatch 1");
        text.AppendLine("  retry-on conn-failure empty-response");
        text.AppendLine("frontend web");
        text.AppendLine(CultureInfo.InvariantCulture, $"  bind 127.0.0.1:{port}");
        text.AppendLine("  default_backend nodes");
        text.AppendLine("backend nodes");
        text.AppendLine("  balance roundrobin");
        text.AppendLine("  option httpchk GET /health/ready");
        text.AppendLine("  default-server inter 1s fall 2 rise 2");
        for (var i = 0; i < nodePorts.Count; i++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  server {ClusterLayout.NodeName(i)} 127.0.0.1:{nodePorts[i]} check");
        }

        return text.ToString();
    }
}
