using System.Diagnostics;
using System.Globalization;
using System.Runtime;
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
using OpinionAct.Media.Web.Deliverability;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Benchmarks;

/// <summary>
/// Sends issues to confirmed subscribers through the real pipeline (recipient snapshot, leases, one Fluid render per
/// pass, per-recipient signed links, our SMTP connections reused, group-committed "sent" marks) into an SMTP sink, in
/// rounds alternating with the simplest client (a raw socket loop sending a prebuilt copy of the same message), and
/// reports our messages per second, the sink's maximum, their ratio, and peak memory. Issues are first sent, not
/// counted, until the runtime has stopped compiling (<see cref="WarmUpAsync"/>), with a round of the simplest client: a node
/// sending issues for days pays that compilation once, not per message.
/// </summary>
internal static class NewsletterBenchmark
{
    /// <summary>
    /// Issues sent before the measured rounds, not counted, until one spends less than <see cref="SettledJitShare"/> of its
    /// CPU in the JIT (at least <see cref="MinWarmUpIssues"/>, at most <see cref="MaxWarmUpIssues"/>). With a fixed two,
    /// every measured round still compiled 300–500 methods (170–470 ms of JIT for 5,000 messages, a sixth of their CPU,
    /// 7 December 2026): the tiered JIT's background thread then competed with the sink for the machine's two cores.
    /// </summary>
    private const int MinWarmUpIssues = 2;

    private const int MaxWarmUpIssues = 10;

    private const double SettledJitShare = 0.03;

    /// <param name="smtpPort">An SMTP server already listening on 127.0.0.1 (e.g. aiosmtpd in its own process); null = the in-process sink.</param>
    /// <param name="dkim">Alternate rounds without and with a DKIM key for the sender's domain, and report both rates: the cost of signing.</param>
    public static async Task<int> RunAsync(int count, int concurrency, double rate, string provider, int? smtpPort, int rounds, bool dkim, TextWriter output)
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

            // The machine is shared and its load moves by the minute: our send and the sink's maximum are measured in
            // alternating rounds (max then ours, ours then max, ...), each round a new issue to count / rounds readers.
            var perRound = (count + rounds - 1) / rounds;
            var seed = Stopwatch.StartNew();
            var issueIds = await SeedAsync(services, tenant, perRound, MaxWarmUpIssues + rounds);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"seeded {perRound:N0} confirmed subscribers and {rounds} issue(s) (Markdown body + 3-article digest) in {seed.Elapsed.TotalSeconds:0.0} s on {provider}"));

            var smtpHost = settings["Media:Smtp:Host"] ?? "127.0.0.1";
            var smtpPortUsed = int.Parse(settings["Media:Smtp:Port"]!, CultureInfo.InvariantCulture);
            using var sampler = new PeakSampler();
            var ourTime = TimeSpan.Zero;
            var rawTime = TimeSpan.Zero;

            // CPU time of this process per message in each phase: what the load of other processes disturbs least.
            var ourCpu = TimeSpan.Zero;
            var rawCpu = TimeSpan.Zero;
            var maxSent = 0;
            var sent = 0;
            var failed = 0;
            var passes = 0;
            var allocated = 0L;
            var gen0 = 0;
            var gen2 = 0;
            var inProcessSent = 0;
            var queueTime = TimeSpan.Zero;
            var signedTime = TimeSpan.Zero;
            var signedSent = 0;
            var sender = services.GetRequiredService<IssueSender>();
            await QueueAsync(services, tenant, issueIds[0]);

            // The simplest client's message is the real one of an issue, built once.
            var sample = MimeMessageBuilder.Build((await sender.TemplateAsync(tenant, issueIds[0], CancellationToken.None))!.For(new ClaimedDelivery(0, 1, "reader000001@example.test", 1, long.MaxValue)), DateTimeOffset.UtcNow);
            var warmUpIssues = await WarmUpAsync(services, tenant, sender, issueIds, perRound, output);
            await RawMaximumAsync(smtpHost, smtpPortUsed, sample, perRound, concurrency);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"warm-up: {warmUpIssues} issues to {perRound:N0} readers and as many messages by the raw socket loop, not counted"));
            for (var round = 0; round < rounds; round++)
            {
                var issueId = issueIds[warmUpIssues + round];
                var signed = dkim && round % 2 == 1;
                if (dkim)
                {
                    await SigningAsync(services, tenant, signed);
                }

                var queue = Stopwatch.StartNew();
                await QueueAsync(services, tenant, issueId);
                queueTime += queue.Elapsed;

                if (round % 2 == 0)
                {
                    var cpu = Cpu();
                    rawTime += await RawMaximumAsync(smtpHost, smtpPortUsed, sample, perRound, concurrency);
                    rawCpu += Cpu() - cpu;
                    maxSent += perRound;
                }

                GC.Collect();
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var gen0Before = GC.CollectionCount(0);
                var gen2Before = GC.CollectionCount(2);
                var inProcessBefore = sink.Count;
                var sendCpu = Cpu();
                var jitBefore = JitInfo.GetCompilationTime();
                var jitMethodsBefore = JitInfo.GetCompiledMethodCount();
                var send = Stopwatch.StartNew();
                var (progress, issuePasses) = await SendAllAsync(services, tenant, sender, issueId);
                send.Stop();
                var roundCpu = Cpu() - sendCpu;
                ourTime += send.Elapsed;
                ourCpu += roundCpu;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: sent {progress.Sent:N0} in {send.Elapsed.TotalSeconds:0.00} s = {progress.Sent / send.Elapsed.TotalSeconds:0} messages/s, {roundCpu.TotalMicroseconds / Math.Max(progress.Sent, 1):0} us of CPU per message, JIT {(JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds:0} ms for {JitInfo.GetCompiledMethodCount() - jitMethodsBefore} methods"));
                if (signed)
                {
                    signedTime += send.Elapsed;
                    signedSent += progress.Sent;
                }

                passes += issuePasses;
                sent += progress.Sent;
                failed += progress.Failed + progress.Pending + progress.Sending;
                allocated += GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                gen0 += GC.CollectionCount(0) - gen0Before;
                gen2 += GC.CollectionCount(2) - gen2Before;
                inProcessSent += sink.Count - inProcessBefore;
                if (round % 2 == 1)
                {
                    var cpu = Cpu();
                    rawTime += await RawMaximumAsync(smtpHost, smtpPortUsed, sample, perRound, concurrency);
                    rawCpu += Cpu() - cpu;
                    maxSent += perRound;
                }
            }

            var peak = sampler.Stop();
            var ours = sent / ourTime.TotalSeconds;
            var maximum = maxSent / rawTime.TotalSeconds;

            if (dkim)
            {
                var unsigned = (sent - signedSent) / (ourTime - signedTime).TotalSeconds;
                var withDkim = signedSent / signedTime.TotalSeconds;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"DKIM (rsa-sha256, 2048-bit key, relaxed/relaxed), alternate rounds: without {unsigned:0} messages/s, with {withDkim:0} messages/s, ratio with/without {withDkim / unsigned:0.00} (+{(1 / withDkim - 1 / unsigned) * 1000:0.000} ms of wall time per message)"));
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
                queued {rounds} × {perRound:N0} recipients (snapshot) in {queueTime.TotalMilliseconds:0} ms in all
                sent {sent:N0} (not sent: {failed}) in {ourTime.TotalSeconds:0.00} s over {rounds} round(s), {passes} pass(es), {concurrency} SMTP connection(s), rate limit {(rate > 0 ? rate.ToString("0", CultureInfo.InvariantCulture) + "/s" : "none")}
                {(smtpPort is null ? $"sink accepted {inProcessSent:N0} of our messages over {sink.Connections} connection(s) (in process)" : $"sink: 127.0.0.1:{smtpPort} (its own process)")}
                throughput: {ours:0} messages/s
                sink maximum (the simplest client, same rounds, {concurrency} connection(s), one prebuilt copy of the same message: {maxSent:N0} in {rawTime.TotalSeconds:0.00} s) = {maximum:0} messages/s, by the raw socket loop
                ratio to the sink maximum: {ours / maximum:0.00}
                CPU of this process per message: our send {ourCpu.TotalMicroseconds / Math.Max(sent, 1):0} us (database, rendering, links, MIME, SMTP), raw socket loop {rawCpu.TotalMicroseconds / Math.Max(maxSent, 1):0} us
                message: {sample!.ToString().Length / 1024.0:0.0} KB
                memory: peak working set {peak.WorkingSet / 1048576.0:0} MB (this process{(smtpPort is null ? ", sink included" : string.Empty)}), peak GC heap {peak.Heap / 1048576.0:0} MB, allocated by our sends {allocated / 1048576.0:0} MB ({allocated / Math.Max(sent, 1) / 1024.0:0.0} KB/message), GC gen0 {gen0}, gen2 {gen2}
                """));
            return sent == perRound * rounds && (smtpPort is not null || inProcessSent == sent) ? 0 : 1;
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

    /// <summary>
    /// Sends the first issues, not counted, until the runtime has stopped compiling; returns how many it sent. The first
    /// issue is already queued: the simplest client's message is built from it.
    /// </summary>
    private static async Task<int> WarmUpAsync(IServiceProvider services, TenantDescriptor tenant, IssueSender sender, List<int> issueIds, int perIssue, TextWriter output)
    {
        var issues = 0;
        while (issues < MaxWarmUpIssues)
        {
            var cpu = Cpu();
            var jit = JitInfo.GetCompilationTime();
            if (issues > 0)
            {
                await QueueAsync(services, tenant, issueIds[issues]);
            }

            await SendAllAsync(services, tenant, sender, issueIds[issues]);
            issues++;
            var spent = Cpu() - cpu;
            var compiling = JitInfo.GetCompilationTime() - jit;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"warm-up issue {issues}: {spent.TotalMicroseconds / perIssue:0} us of CPU per message, JIT {compiling.TotalMilliseconds:0} ms"));
            if (issues >= MinWarmUpIssues && compiling < spent * SettledJitShare)
            {
                break;
            }
        }

        return issues;
    }

    private static async Task QueueAsync(IServiceProvider services, TenantDescriptor tenant, int issueId)
    {
        await using var scope = services.CreateTenantScope(tenant);
        await scope.ServiceProvider.GetRequiredService<IssueService>().QueueAsync(issueId, CancellationToken.None);
    }

    /// <summary>Runs send passes until the issue is sent (at most ten); returns its progress and the passes it took.</summary>
    private static async Task<(IssueProgress Progress, int Passes)> SendAllAsync(IServiceProvider services, TenantDescriptor tenant, IssueSender sender, int issueId)
    {
        IssueProgress progress;
        var passes = 0;
        do
        {
            await sender.RunAsync(tenant, issueId, CancellationToken.None);
            passes++;
            await using var scope = services.CreateTenantScope(tenant);
            progress = (await scope.ServiceProvider.GetRequiredService<DeliveryStore>().ProgressAsync(issueId, CancellationToken.None))!;
        }
        while (progress.Status != nameof(IssueStatus.Sent) && passes < 10);
        return (progress, passes);
    }

    private static TimeSpan Cpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>
    /// What the sink takes from the simplest possible client (<see cref="RawSmtpClient"/>): the same exchange as ours
    /// (pipelined envelope, then the content in one write) with the message's wire bytes built once, and nothing else.
    /// </summary>
    private static async Task<TimeSpan> RawMaximumAsync(string host, int port, MimeKit.MimeMessage message, int count, int connections)
    {
        var content = RawSmtpClient.WireContent(message);
        var envelope = System.Text.Encoding.ASCII.GetBytes($"MAIL FROM:<{message.From.Mailboxes.Single().Address}>\r\nRCPT TO:<{message.To.Mailboxes.Single().Address}>\r\nDATA\r\n");
        var next = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            await using var client = await RawSmtpClient.ConnectAsync(host, port);
            while (Interlocked.Increment(ref next) <= count)
            {
                await client.SendAsync(envelope, content);
            }
        })));
        return watch.Elapsed;
    }

    /// <summary>Gives the sender's domain a DKIM key, or takes it away; mail sessions opened afterwards sign, or do not.</summary>
    private static async Task SigningAsync(IServiceProvider services, TenantDescriptor tenant, bool signed)
    {
        await using var scope = services.CreateTenantScope(tenant);
        var keys = scope.ServiceProvider.GetRequiredService<DkimKeyService>();
        foreach (var key in await keys.ListAsync(CancellationToken.None))
        {
            await keys.RemoveAsync(key.Domain, key.Selector, CancellationToken.None);
        }

        if (signed)
        {
            await keys.CreateAsync("energies.example", null, CancellationToken.None);
        }

        // The pipeline's own signers for this tenant: proof that the round measures what its label says.
        var signers = await services.GetRequiredService<TenantDkimSigners>().ForAsync(tenant.Name, CancellationToken.None);
        if (signers.ContainsKey("energies.example") != signed)
        {
            throw new InvalidOperationException($"Expected the tenant's mail {(signed ? "to be" : "not to be")} signed in this round.");
        }
    }

    private static async Task<List<int>> SeedAsync(IServiceProvider services, TenantDescriptor tenant, int count, int issues)
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
        var issueIds = new List<int>();
        for (var i = 0; i < issues; i++)
        {
            var issue = await sp.GetRequiredService<IssueService>().SaveAsync(null, new IssueDraft(newsletter.Id, "La semaine de l'énergie", "Trois lectures et un graphique", body, ids), CancellationToken.None);
            issueIds.Add(issue.Id);
        }

        return issueIds;
    }
}
