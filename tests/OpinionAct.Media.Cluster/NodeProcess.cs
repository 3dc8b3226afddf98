using System.Diagnostics;

namespace OpinionAct.Media.Cluster;

/// <summary>
/// One web node: the built <c>OpinionAct.Media.Web.dll</c> in its own process, with its own data folder and port.
/// Its console goes to <c>{work}/{name}.log</c> (appended across restarts). Kill is SIGKILL: no shutdown code runs.
/// </summary>
public sealed class NodeProcess(ClusterLayout layout, int index) : IAsyncDisposable
{
    private Process? _process;

    public string Name { get; } = ClusterLayout.NodeName(index);

    public int Port { get; } = layout.NodePorts[index];

    public Uri Url => new($"http://127.0.0.1:{Port}");

    public string LogPath => Path.Combine(layout.Work, Name + ".log");

    public bool Running => _process is { HasExited: false };

    /// <summary>When this process last answered ready on the run's clock (null while killed or starting).</summary>
    public TimeSpan? ReadySince { get; private set; }

    public void Start()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(layout.Options.Web, "OpinionAct.Media.Web.dll")])
        {
            WorkingDirectory = layout.Options.Web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in layout.Environment(Name, Port))
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(LogPath, append: true) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{Name} did not start.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200 (or gives up after <paramref name="deadline"/>); <paramref name="clock"/> stamps <see cref="ReadySince"/>.</summary>
    public async Task<bool> WaitReadyAsync(HttpClient http, TimeSpan deadline, Func<TimeSpan> clock)
    {
        var until = DateTime.UtcNow + deadline;
        while (DateTime.UtcNow < until && Running)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(Url, "/health/ready"));
                if (response.IsSuccessStatusCode)
                {
                    ReadySince = clock();
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(250);
        }

        return false;
    }

    /// <summary>SIGKILL, as a crashed machine or an OOM kill: requests in flight on it fail.</summary>
    public async Task KillAsync()
    {
        ReadySince = null;
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>SIGTERM and a graceful stop, as at the end of the run.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            _ = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }
}
