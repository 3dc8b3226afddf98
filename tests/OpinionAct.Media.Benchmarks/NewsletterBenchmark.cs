using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Benchmarks;

/// <summary>
/// Sends one issue to <c>count</c> confirmed subscribers through the real pipeline (recipient snapshot, leases,
/// one Fluid render per pass, per-recipient signed links, MailKit over reused connections, one settle per
/// message) into an SMTP sink in this process, and reports messages per second and peak memory.
/// </summary>
internal static class NewsletterBenchmark
{
    /// <param name="smtpPort">An SMTP server already listening on 127.0.0.1 (e.g. aiosmtpd in its own process); null = the in-process sink.</param>
    public static async Task<int> RunAsync(int count, int concurrency, double rate, string provider, int? smtpPort, TextWriter output)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "media-bench-" + Guid.NewGuid().ToString("n")[..8]);
        Directory.CreateDirectory(dataPath);
        await using var sink = new ScriptedSmtpServer(keepMessages: false);
        var database = provider == "Postgres" ? await ThrowawayDatabase.CreateAsync(Environment.GetEnvironmentVariable("MEDIA_BENCH_POSTGRES")!) : null;
        var settings = new Dictionary<string, string?>
        {
            ["Media:DataPath"] = dataPath,
            ["Media:Database:Provider"] = provider,
            ["Media:Database:ConnectionString"] = database?.ConnectionString,
            ["Media:ThemesPath"] = Path.Combine(Repository.Root(), "themes"),
            ["Media:RecipesPath"] = Path.Combine(Repository.Root(), "recipes"),
            ["Media:Newsletters:Sending:Concurrency"] = concurrency.ToString(CultureInfo.InvariantCulture),
            ["Media:Newsletters:Sending:MessagesPerSecond"] = rate.ToString(CultureInfo.InvariantCulture),
            ["Media:Newsletters:Sending:BatchSize"] = "500",
            ["Media:Subscriptions:PublicBaseUrl"] = "https://media.example",
        };
        foreach (var (key, value) in sink.Settings())
        {
            settings[key] = value;
        }

        if (smtpPort is { } port)
        {
            settings["Media:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture);
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = dataPath, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddMediaPlatform(dataPath);
        using var host = builder.Build();
        var services = host.Services;
        try
        {
            await services.GetRequiredService<MediaDatabase>().MigrateHostAsync(CancellationToken.None);
            var created = await services.GetRequiredService<TenantProvisioner>().CreateAsync(new TenantCreateRequest { Name = "bench", Prefix = "bench", Recipe = "expert-media" }, CancellationToken.None);
            if (!created.Succeeded)
            {
                await output.WriteLineAsync("tenant setup failed: " + created.Report.Summary);
                return 1;
            }

            var registry = services.GetRequiredService<TenantRegistry>();
            await registry.RefreshAsync(CancellationToken.None);
            var tenant = registry.Table.Tenants.Single(t => t.Name == "bench");

            var seed = Stopwatch.StartNew();
            var issueId = await SeedAsync(services, tenant, count);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"seeded {count:N0} confirmed subscribers and one issue (Markdown body + 3-article digest) in {seed.Elapsed.TotalSeconds:0.0} s on {provider}"));

            var queue = Stopwatch.StartNew();
            int queued;
            await using (var scope = services.CreateTenantScope(tenant))
            {
                queued = await scope.ServiceProvider.GetRequiredService<IssueService>().QueueAsync(issueId, CancellationToken.None);
            }

            queue.Stop();
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var gen0 = GC.CollectionCount(0);
            var gen2 = GC.CollectionCount(2);
            using var sampler = new PeakSampler();

            var send = Stopwatch.StartNew();
            var sender = services.GetRequiredService<IssueSender>();
            var passes = 0;
            string status;
            IssueProgress progress;
            do
            {
                await sender.RunAsync(tenant, issueId, CancellationToken.None);
                passes++;
                await using var scope = services.CreateTenantScope(tenant);
                progress = (await scope.ServiceProvider.GetRequiredService<DeliveryStore>().ProgressAsync(issueId, CancellationToken.None))!;
                status = progress.Status;
            }
            while (status != nameof(IssueStatus.Sent) && passes < 10);

            send.Stop();
            var peak = sampler.Stop();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
                queued {queued:N0} recipients (snapshot) in {queue.Elapsed.TotalMilliseconds:0} ms
                sent {progress.Sent:N0} (failed {progress.Failed}, pending {progress.Pending}, leased {progress.Sending}) in {send.Elapsed.TotalSeconds:0.00} s over {passes} pass(es), {concurrency} SMTP connection(s), rate limit {(rate > 0 ? rate.ToString("0", CultureInfo.InvariantCulture) + "/s" : "none")}
                {(smtpPort is null ? $"sink accepted {sink.Count:N0} messages over {sink.Connections} connection(s) (in process)" : $"sink: 127.0.0.1:{smtpPort} (its own process)")}
                throughput: {progress.Sent / send.Elapsed.TotalSeconds:0} messages/s
                memory: peak working set {peak.WorkingSet / 1048576.0:0} MB (this process{(smtpPort is null ? ", sink included" : string.Empty)}), peak GC heap {peak.Heap / 1048576.0:0} MB, allocated {allocated / 1048576.0:0} MB ({allocated / Math.Max(progress.Sent, 1) / 1024.0:0.0} KB/message), GC gen0 {GC.CollectionCount(0) - gen0}, gen2 {GC.CollectionCount(2) - gen2}
                """));
            return progress.Sent == count && (smtpPort is not null || sink.Count == count) ? 0 : 1;
        }
        finally
        {
            await host.StopAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
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
            }
        }
    }

    private static async Task<int> SeedAsync(IServiceProvider services, TenantDescriptor tenant, int count)
    {
        await using var scope = services.CreateTenantScope(tenant);
        var sp = scope.ServiceProvider;
        var articles = sp.GetRequiredService<ArticleService>();
        var ids = new List<int>();
        foreach (var title in new[] { "Le réseau face au mur des raccordements", "Chaleur renouvelable : où en est-on ?", "Rénovation : ce que disent les chiffres" })
        {
            var article = await articles.CreateAsync(new ArticleDraft { Title = title, Dek = "L'essentiel en trois minutes.", Body = "## Contexte\n\nUn texte sourcé.", Language = "fr" }, ContentActor.System, CancellationToken.None);
            await articles.PublishAsync(article.Id, ContentActor.System, null, CancellationToken.None);
            ids.Add(article.Id);
        }

        var db = sp.GetRequiredService<TenantDbContext>();
        var newsletter = new NewsletterRecord { Slug = "hebdo", Name = "La lettre du mardi", SenderName = "Énergies Claires", SenderAddress = "lettre@energies.example", ReplyTo = "redaction@energies.example", CreatedUtc = DateTime.UtcNow };
        db.Newsletters.Add(newsletter);
        await db.SaveChangesAsync();
        var now = DateTime.UtcNow;
        for (var start = 0; start < count; start += 5000)
        {
            var subscribers = Enumerable.Range(start, Math.Min(5000, count - start)).Select(i => new SubscriberRecord { Email = $"reader{i:D6}@example.test", CreatedUtc = now }).ToList();
            db.Subscribers.AddRange(subscribers);
            await db.SaveChangesAsync();
            db.Subscriptions.AddRange(subscribers.Select(s => new SubscriptionRecord { SubscriberId = s.Id, NewsletterId = newsletter.Id, State = SubscriptionState.Confirmed, RequestedUtc = now, ConfirmedUtc = now }));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        var body = string.Join("\n\n", Enumerable.Range(1, 6).Select(i => $"## Point {i}\n\nUn paragraphe de la lettre avec un [lien](https://www.ademe.fr/) et du **gras**, assez long pour ressembler à une vraie lettre d'information hebdomadaire."));
        var issue = await sp.GetRequiredService<IssueService>().SaveAsync(null, new IssueDraft(newsletter.Id, "La semaine de l'énergie", "Trois lectures et un graphique", body, ids), CancellationToken.None);
        return issue.Id;
    }
}
