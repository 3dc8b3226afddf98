using Npgsql;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.Cluster;

/// <summary>
/// One run of the cluster test: a fresh database, Redis, an SMTP sink, the nodes and the balancer; a hub with an
/// editor and subscribers made with the product's CLI; the signup limit across nodes; the workload with its faults;
/// then the checks, printed as a table. Returns the exit code (1 on any breach).
/// </summary>
public static class ClusterRun
{
    private const int SignupsPerClientPerMinute = 10;

    public static async Task<int> RunAsync(ClusterOptions options)
    {
        await using var sink = new ScriptedSmtpServer(keepMessages: true);
        var layout = new ClusterLayout(options, sink.Port, Loopback.FreePort());
        Console.WriteLine($"[cluster] work folder {layout.Work}; database {layout.Database}; {options.Nodes} nodes; {options.Recipients} recipients; {options.Seconds} s of workload");
        await CreateDatabaseAsync(layout);
        await using var redis = new RedisServer(layout.RedisPort, layout.Work);
        await redis.StartAsync();
        var nodes = Enumerable.Range(0, options.Nodes).Select(i => new NodeProcess(layout, i)).ToList();
        try
        {
            await PrepareHubAsync(layout);
            using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            foreach (var node in nodes)
            {
                // One after the other, as a rolling start: the first migrates the host database and makes the key ring.
                node.Start();
                if (!await node.WaitReadyAsync(probe, TimeSpan.FromSeconds(120), () => TimeSpan.Zero))
                {
                    Console.WriteLine($"[cluster] {node.Name} never became ready; its log: {node.LogPath}");
                    return 1;
                }
            }

            await using var balancer = new LoadBalancer(layout.Work, layout.BalancerPort, layout.NodePorts, "main");
            await balancer.StartAsync();
            await Task.Delay(2500);

            using var editor = new EditorSession("brand");
            await editor.SignInAsync(layout.Balancer);
            var workload = new Workload(layout, nodes, redis, editor, new LeaseWatch(layout), sink);
            var checks = new ClusterChecks(layout, workload, sink, nodes, editor);
            var results = new List<Check> { await checks.SignupLimitAsync(SignupsPerClientPerMinute) };

            Console.WriteLine("[cluster] workload starts");
            await workload.RunAsync();
            Console.WriteLine("[cluster] workload over; checking");
            results.AddRange(checks.Failures());
            results.Add(await checks.EventsAsync());
            results.AddRange(checks.Visibility());
            results.Add(await checks.SessionsAsync());
            results.AddRange(checks.Recovery());
            results.AddRange(await checks.JobsAsync());
            results.AddRange(await checks.NewsletterAsync());
            if (!options.Brief)
            {
                results.AddRange(await Throughput.MeasureAsync(layout, nodes, TimeSpan.FromSeconds(10)));
            }

            return Report.Print(results) ? 0 : 1;
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }

            await DropDatabaseAsync(layout);
        }
    }

    /// <summary>The hub, its Admin editor and its confirmed subscribers, made with the product's CLI as an operator would.</summary>
    private static async Task PrepareHubAsync(ClusterLayout layout)
    {
        var cli = new PlatformCli(layout);
        await cli.RunAsync(string.Empty, "tenants", "create", "--name", "brand", "--recipe", "demo-brand");
        await cli.RunAsync(EditorSession.Password + "\n", "users", "add", "--tenant", "brand", "--email", EditorSession.Email, "--role", "Admin");
        var csv = Path.Combine(layout.Work, "subscribers.csv");
        await File.WriteAllLinesAsync(csv, [
            "email,newsletters,consent_text,consented_at",
            .. Enumerable.Range(1, layout.Options.Recipients).Select(i => $"recipient{i}@cluster.test,hebdo,Inscrit pour le test de grappe,2026-11-01T09:00:00Z"),
        ]);
        await cli.RunAsync(string.Empty, "subscribers", "import", "--tenant", "brand", "--file", csv);
        Console.WriteLine($"[cluster] hub 'brand' ready with {layout.Options.Recipients} confirmed subscribers");
    }

    private static async Task CreateDatabaseAsync(ClusterLayout layout)
    {
        await using var connection = new NpgsqlConnection($"{layout.Options.Postgres};Database=postgres");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{layout.Database}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task DropDatabaseAsync(ClusterLayout layout)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection($"{layout.Options.Postgres};Database=postgres");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{layout.Database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
