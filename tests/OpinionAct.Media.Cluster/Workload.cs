using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.Cluster;

/// <summary>
/// The bounded mixed workload, all through the load balancer: readers (home, search, articles), analytics events,
/// signups, an editor publishing through the admin, and one newsletter issue. Meanwhile the fault plan kills a node
/// with SIGKILL and restarts it, and stops Redis for ten seconds.
/// </summary>
public sealed class Workload(ClusterLayout layout, IReadOnlyList<NodeProcess> nodes, RedisServer redis, EditorSession editor, LeaseWatch leases, ScriptedSmtpServer sink)
{
    private const string Tenant = "brand";
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = 64 }) { Timeout = TimeSpan.FromSeconds(30) };
    private readonly ConcurrentQueue<Task> _checks = new();
    private int _events;
    private int _signups;

    public RequestLedger Ledger { get; } = new();

    public FaultLog Faults { get; } = new();

    public ConcurrentBag<string> AcknowledgedEvents { get; } = [];

    public ConcurrentBag<Visibility> Visibilities { get; } = [];

    public NodeProcess? Killed { get; private set; }

    /// <summary>The wall-clock instant of the SIGKILL, to compare with times the nodes recorded.</summary>
    public DateTime? KilledAtUtc { get; private set; }

    public TimeSpan? RestartedReadyAfter { get; private set; }

    public TimeSpan? LeaderTakeover { get; private set; }

    public string? KilledLeader { get; private set; }

    public int? IssueId { get; private set; }

    public string IssueSubject { get; } = "Cluster letter " + Guid.NewGuid().ToString("n")[..6];

    /// <summary>
    /// Runs the load until the fault plan is over (and at least the configured seconds), plus a few seconds of tail so
    /// changes made after Redis came back are watched too.
    /// </summary>
    public async Task RunAsync()
    {
        var duration = TimeSpan.FromSeconds(layout.Options.Seconds);
        using var stop = new CancellationTokenSource();
        var token = stop.Token;
        var load = new List<Task> { PublishAsync(token), EventsAsync(token), SignupsAsync(token) };
        load.AddRange(Enumerable.Range(0, 4).Select(i => ReadAsync(i, token)));
        await FaultsAsync(duration);
        var tail = TimeSpan.FromSeconds(8);
        await Task.Delay(Ledger.Now + tail < duration ? duration - Ledger.Now : tail);
        await stop.CancelAsync();
        await Task.WhenAll(load);
        await Task.WhenAll(_checks);
    }

    private Uri Lb(string path) => new(layout.Balancer, path);

    /// <summary>
    /// The plan: queue the issue; once its sending is under way, SIGKILL the node holding the job leases (node2 if none
    /// does) and time the leases' move; restart it; then stop Redis for 10 s and start it again.
    /// </summary>
    private async Task FaultsAsync(TimeSpan duration)
    {
        await Task.Delay(duration * 0.1);
        await NewsletterAsync();
        var started = Ledger.Now;
        var underWay = Math.Max(1, layout.Options.Recipients / 10);
        while (IssueMessagesSent() < underWay && Ledger.Now - started < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50);
        }

        var holders = await leases.HoldersAsync();
        KilledLeader = holders.Count > 0 ? holders[0].Node : null;
        var victim = nodes.FirstOrDefault(n => n.Name == KilledLeader) ?? nodes[1];
        Killed = victim;
        var killedAt = Ledger.Now;
        KilledAtUtc = DateTime.UtcNow;
        await victim.KillAsync();
        Faults.Mark(FaultLog.NodeKilled, killedAt);
        Console.WriteLine($"[cluster] {Ledger.Now:mm\\:ss\\.f} SIGKILL {victim.Name} with {IssueMessagesSent()} of the issue's messages sent{(KilledLeader == victim.Name ? " (it held the job leases)" : string.Empty)}");
        if (KilledLeader == victim.Name)
        {
            LeaderTakeover = await leases.WaitForOtherLeaderAsync(victim.Name, holders.Sum(h => h.Locks), TimeSpan.FromSeconds(30)) ? Ledger.Now - killedAt : null;
            Console.WriteLine($"[cluster] {Ledger.Now:mm\\:ss\\.f} job leases moved after {LeaderTakeover?.TotalSeconds:0.0} s");
        }

        await Task.Delay(duration * 0.15);
        var restartAt = Ledger.Now;
        victim.Start();
        Faults.Mark(FaultLog.NodeRestarted, restartAt);
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        if (await victim.WaitReadyAsync(probe, TimeSpan.FromSeconds(90), () => Ledger.Now))
        {
            RestartedReadyAfter = Ledger.Now - restartAt;
        }

        Console.WriteLine($"[cluster] {Ledger.Now:mm\\:ss\\.f} {victim.Name} restarted, ready after {RestartedReadyAfter?.TotalSeconds:0.0} s");

        await Task.Delay(TimeSpan.FromSeconds(3));
        Faults.Mark(FaultLog.RedisStopped, Ledger.Now);
        await redis.StopAsync();
        Console.WriteLine($"[cluster] {Ledger.Now:mm\\:ss\\.f} Redis stopped");
        await Task.Delay(TimeSpan.FromSeconds(10));
        await redis.StartAsync();
        Faults.Mark(FaultLog.RedisStarted, Ledger.Now);
        Console.WriteLine($"[cluster] {Ledger.Now:mm\\:ss\\.f} Redis started again");
    }

    /// <summary>Messages of the issue the sink accepted so far (its recipients are the imported <c>recipientN@</c> addresses).</summary>
    private int IssueMessagesSent() => sink.Envelopes.Count(e => e.Recipients.StartsWith("recipient", StringComparison.Ordinal));

    private async Task NewsletterAsync()
    {
        await Ledger.TrackAsync("newsletter send", async () =>
        {
            IssueId = await editor.SendIssueAsync(layout.Balancer, IssueSubject);
            return (true, $"issue {IssueId}");
        });
        Console.WriteLine($"[cluster] {Ledger.Now:mm\\:ss\\.f} issue {IssueId} queued for {layout.Options.Recipients} recipients");
    }

    private async Task PublishAsync(CancellationToken token)
    {
        var n = 0;
        while (!token.IsCancellationRequested)
        {
            var title = $"Note de cluster {++n} {Guid.NewGuid().ToString("n")[..6]}";
            var published = false;
            await Ledger.TrackAsync("publish", async () =>
            {
                using var response = await editor.PublishArticleAsync(layout.Balancer, title, "Publié à travers l'équilibreur de charge.");
                published = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("/login", StringComparison.Ordinal) != true;
                return (published, $"{(int)response.StatusCode} {response.Headers.Location}");
            });
            if (published)
            {
                var at = Ledger.Now;
                foreach (var node in nodes)
                {
                    _checks.Enqueue(WatchAsync(node, title, at));
                }
            }

            await Delay(TimeSpan.FromSeconds(3), token);
        }
    }

    /// <summary>Polls one node directly (not through the balancer) until its home page lists the new title.</summary>
    private async Task WatchAsync(NodeProcess node, string title, TimeSpan publishedAt)
    {
        var redisDown = Faults.At(FaultLog.RedisStopped) is { } down && down <= publishedAt && (Faults.At(FaultLog.RedisStarted) is not { } up || up >= publishedAt);
        while (Ledger.Now - publishedAt < TimeSpan.FromSeconds(30))
        {
            // A node that was down or still starting when the change was published has nothing stale to evict.
            if (!node.Running || node.ReadySince is not { } ready || ready > publishedAt)
            {
                Visibilities.Add(new Visibility(node.Name, title, publishedAt, null, redisDown, Skipped: true));
                return;
            }

            try
            {
                var html = await _http.GetStringAsync(new Uri(node.Url, $"/{Tenant}/"));
                if (html.Contains(WebUtility.HtmlEncode(title), StringComparison.Ordinal) || html.Contains(title, StringComparison.Ordinal))
                {
                    Visibilities.Add(new Visibility(node.Name, title, publishedAt, Ledger.Now, redisDown, Skipped: false));
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // The node may be the one just killed; the loop sees it stopped.
            }

            await Task.Delay(100);
        }

        Visibilities.Add(new Visibility(node.Name, title, publishedAt, null, redisDown, Skipped: false));
    }

    private async Task ReadAsync(int reader, CancellationToken token)
    {
        string[] paths = [$"/{Tenant}/", $"/{Tenant}/search?q=%C3%A9nergie", $"/{Tenant}/search?q=r%C3%A9seau+chaleur", $"/{Tenant}/subscribe"];
        var i = reader;
        while (!token.IsCancellationRequested)
        {
            var path = paths[i++ % paths.Length];
            await Ledger.TrackAsync("read", async () =>
            {
                using var response = await _http.GetAsync(Lb(path));
                return (response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {path}");
            });
            await Delay(TimeSpan.FromMilliseconds(20), token);
        }
    }

    private async Task EventsAsync(CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            var n = Interlocked.Increment(ref _events);
            var campaign = "cl-" + n.ToString(CultureInfo.InvariantCulture);
            var json = $$"""{"type":"pageview","url":"{{layout.Balancer}}{{Tenant}}/?utm_campaign={{campaign}}","referrer":"https://www.qwant.com/"}""";
            await Ledger.TrackAsync("event", async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, Lb($"/{Tenant}/api/events")) { Content = new StringContent(json, Encoding.UTF8, "text/plain") };
                request.Headers.TryAddWithoutValidation("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36");
                request.Headers.TryAddWithoutValidation("X-Forwarded-For", $"10.20.{n / 250 % 250}.{n % 250 + 1}");
                using var response = await _http.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    AcknowledgedEvents.Add(campaign);
                }

                return (response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}");
            });
            await Delay(TimeSpan.FromMilliseconds(5), token);
        }
    }

    private async Task SignupsAsync(CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            var n = Interlocked.Increment(ref _signups);
            await Ledger.TrackAsync("signup", async () =>
            {
                using var response = await PostSignupAsync(layout.Balancer, $"reader{n}@cluster.test", $"10.30.{n / 250 % 250}.{n % 250 + 1}");
                return (response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}");
            });
            await Delay(TimeSpan.FromMilliseconds(200), token);
        }
    }

    /// <summary>A signup through the JSON API, as a reader behind the given address.</summary>
    public async Task<HttpResponseMessage> PostSignupAsync(Uri origin, string email, string clientAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(origin, $"/{Tenant}/api/subscribe"))
        {
            Content = new StringContent($$"""{"email":"{{email}}","newsletters":["hebdo"]}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", clientAddress);
        return await _http.SendAsync(request);
    }

    private static async Task Delay(TimeSpan delay, CancellationToken token)
    {
        try
        {
            await Task.Delay(delay, token);
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }
}
