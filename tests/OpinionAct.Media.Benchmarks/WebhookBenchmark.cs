using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Webhooks;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Webhooks;
using OpinionAct.Media.Webhooks;

namespace OpinionAct.Media.Benchmarks;

/// <summary>
/// Webhook delivery through the real outbox, store, dispatcher and sender (signing, SSRF-checked connections,
/// leases, settlement) to a Kestrel receiver on loopback in this process. Two figures: deliveries per second for
/// a backlog of <c>events</c>, and the catch-up time after the receiver was down (connection refused) while events
/// kept arriving: from the moment it is back until every event written during the outage is delivered. The loop that
/// drives the dispatcher is the worker's (a pass until no full batch is left, then the poll interval).
/// </summary>
internal static class WebhookBenchmark
{
    public static async Task<int> RunAsync(int events, TimeSpan down, double rate, int concurrency, TimeSpan? retryBase, string provider, TextWriter output)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "media-bench-" + Guid.NewGuid().ToString("n")[..8]);
        Directory.CreateDirectory(dataPath);
        var database = provider == "Postgres" ? await ThrowawayDatabase.CreateAsync(Environment.GetEnvironmentVariable("MEDIA_BENCH_POSTGRES")!) : null;
        var options = new WebhookOptions();
        var settings = new Dictionary<string, string?>
        {
            ["Media:DataPath"] = dataPath,
            ["Media:Database:Provider"] = provider,
            ["Media:Database:ConnectionString"] = database?.ConnectionString,
            ["Media:ThemesPath"] = Path.Combine(Repository.Root(), "themes"),
            ["Media:RecipesPath"] = Path.Combine(Repository.Root(), "recipes"),
            ["Media:Webhooks:AllowPrivateTargets"] = "true",
            ["Media:Webhooks:Concurrency"] = concurrency.ToString(CultureInfo.InvariantCulture),
            ["Media:Webhooks:RetryBaseDelay"] = (retryBase ?? options.RetryBaseDelay).ToString("c", CultureInfo.InvariantCulture),
            ["Media:Webhooks:Timeout"] = "00:00:05",
        };
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = dataPath, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddMediaPlatform(dataPath);
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddSingleton<WebhookDispatcher>();
        using var host = builder.Build();
        var services = host.Services;
        var port = FreePort();
        var receiver = await Receiver.StartAsync(port);
        try
        {
            await services.GetRequiredService<MediaDatabase>().MigrateHostAsync(CancellationToken.None);
            var created = await services.GetRequiredService<TenantProvisioner>().CreateAsync(new TenantCreateRequest { Name = "bench", Prefix = "bench" }, CancellationToken.None);
            if (!created.Succeeded)
            {
                await output.WriteLineAsync("tenant setup failed: " + created.Report.Summary);
                return 1;
            }

            var registry = services.GetRequiredService<TenantRegistry>();
            await registry.RefreshAsync(CancellationToken.None);
            var tenant = registry.Table.Tenants.Single(t => t.Name == "bench");
            await using (var scope = services.CreateTenantScope(tenant))
            {
                await scope.ServiceProvider.GetRequiredService<WebhookService>()
                    .CreateAsync(new WebhookDraft($"http://127.0.0.1:{port}/hook", [WebhookEvents.ArticleUpdated]), CancellationToken.None);
            }

            var dispatcher = services.GetRequiredService<WebhookDispatcher>();

            // 1. Throughput: a backlog of events, delivered as fast as the worker's loop goes.
            var seed = Stopwatch.StartNew();
            await StageAsync(services, tenant, events, 0);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"staged {events:N0} article.updated events through the outbox in {seed.Elapsed.TotalSeconds:0.0} s on {provider}"));
            var clock = Stopwatch.StartNew();
            while (await dispatcher.DeliverDueAsync(tenant, CancellationToken.None) > 0)
            {
            }

            var elapsed = clock.Elapsed;
            var left = await Pending(services, tenant);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"throughput: {Receiver.Count:N0} deliveries in {elapsed.TotalSeconds:0.00} s = {Receiver.Count / elapsed.TotalSeconds:N0}/s (concurrency {concurrency}, batch {options.BatchSize}, receiver in this process; {left} left pending)"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"RESULT\twebhooks: deliveries to a local receiver\t{Receiver.Count / elapsed.TotalSeconds:F0}\tdeliveries/s\t-\t-"));

            // 2. Catch-up: the receiver goes away for `down` while events keep arriving at `rate`; the worker loop keeps running.
            using var stop = new CancellationTokenSource();
            var worker = Task.Run(() => WorkerLoopAsync(dispatcher, tenant, options.PollInterval, stop.Token));
            await receiver.DisposeAsync();
            var before = Receiver.Count;
            var outage = Stopwatch.StartNew();
            var written = 0;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"receiver down for {down.TotalSeconds:0} s; {rate:0.#} events/s arriving (retry base {(retryBase ?? options.RetryBaseDelay).TotalSeconds:0} s)"));
            while (outage.Elapsed < down)
            {
                var due = (int)(outage.Elapsed.TotalSeconds * rate) - written;
                if (due > 0)
                {
                    await StageAsync(services, tenant, due, events + written);
                    written += due;
                }

                await Task.Delay(200);
            }

            receiver = await Receiver.StartAsync(port);
            var catchUp = Stopwatch.StartNew();
            var deadline = TimeSpan.FromHours(3);
            while (await Pending(services, tenant) > 0 && catchUp.Elapsed < deadline)
            {
                await Task.Delay(250);
            }

            var caughtUp = catchUp.Elapsed;
            await stop.CancelAsync();
            await worker;
            var attempts = await AttemptsAsync(services, tenant);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"catch-up: {written:N0} events written during the {down.TotalSeconds:0} s outage, all delivered {caughtUp.TotalSeconds:0.0} s after the receiver came back ({Receiver.Count - before:N0} received since the outage began; attempts per delivery: max {attempts.Max}, mean {attempts.Mean:0.0})"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"RESULT\twebhooks: catch-up after a {down.TotalSeconds:0} s outage\t{caughtUp.TotalSeconds:F1}\ts\t-\t-"));
            return 0;
        }
        finally
        {
            await receiver.DisposeAsync();
            if (database is not null)
            {
                await database.DisposeAsync();
            }

            try
            {
                Directory.Delete(dataPath, recursive: true);
            }
            catch (IOException)
            {
                // A SQLite file still held by the pool: the temp folder is the OS's to clean.
            }
        }
    }

    private static async Task WorkerLoopAsync(WebhookDispatcher dispatcher, TenantDescriptor tenant, TimeSpan poll, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                while (await dispatcher.DeliverDueAsync(tenant, stop) >= new WebhookOptions().BatchSize)
                {
                }

                await Task.Delay(poll, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // Done.
        }
    }

    private static async Task StageAsync(IServiceProvider services, TenantDescriptor tenant, int count, int from)
    {
        for (var done = 0; done < count; done += 500)
        {
            await using var scope = services.CreateTenantScope(tenant);
            var outbox = scope.ServiceProvider.GetRequiredService<WebhookOutbox>();
            for (var i = done; i < Math.Min(count, done + 500); i++)
            {
                var id = from + i;
                await outbox.StageAsync(WebhookEvents.ArticleUpdated, new JsonObject
                {
                    ["id"] = id, ["path"] = $"article-{id}", ["title"] = $"Article {id} : rénovation énergétique", ["status"] = "published", ["revision"] = 2,
                }, CancellationToken.None);
            }

            await scope.ServiceProvider.GetRequiredService<WebhookStore>().SaveChangesAsync(CancellationToken.None);
        }
    }

    private static async Task<int> Pending(IServiceProvider services, TenantDescriptor tenant)
    {
        await using var scope = services.CreateTenantScope(tenant);
        var store = scope.ServiceProvider.GetRequiredService<WebhookStore>();
        var hook = (await store.ListAsync(CancellationToken.None)).Single();
        return (await store.DeliveriesAsync(hook.Id, int.MaxValue, CancellationToken.None)).Count(d => d.State == WebhookDeliveryState.Pending);
    }

    private static async Task<(int Max, double Mean)> AttemptsAsync(IServiceProvider services, TenantDescriptor tenant)
    {
        await using var scope = services.CreateTenantScope(tenant);
        var store = scope.ServiceProvider.GetRequiredService<WebhookStore>();
        var hook = (await store.ListAsync(CancellationToken.None)).Single();
        var attempts = (await store.DeliveriesAsync(hook.Id, int.MaxValue, CancellationToken.None)).Select(d => d.Attempts).ToList();
        return (attempts.Max(), attempts.Average());
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A Kestrel receiver on a fixed loopback port that counts POSTs and answers 200.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private static long _count;
        private WebApplication? _app;

        public static long Count => Interlocked.Read(ref _count);

        public static async Task<Receiver> StartAsync(int port)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.MapPost("/hook", async (HttpContext http) =>
            {
                using var reader = new StreamReader(http.Request.Body);
                await reader.ReadToEndAsync();
                Interlocked.Increment(ref _count);
                return Results.Ok();
            });
            await app.StartAsync();
            return new Receiver { _app = app };
        }

        public async ValueTask DisposeAsync()
        {
            if (_app is { } app)
            {
                _app = null;
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
    }
}
