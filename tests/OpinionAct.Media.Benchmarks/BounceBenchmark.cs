using System.Diagnostics;
using System.Globalization;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Bounces;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Tests.Deliverability;
using OpinionAct.Media.Web.Bounces;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Benchmarks;

/// <summary>
/// Bounce mailbox processing rate: a mailbox of <c>count</c> DSNs (VERP return paths, one per subscriber) on a real
/// IMAP server (the loopback Dovecot of tests/scripts/dovecot.sh, named by MEDIA_TEST_IMAP), read by the real pass
/// (structure, bodies, parsing, VERP check, matching, recording through the suppression rules with the progress mark,
/// MOVE to the processed folder). Baseline, in alternating rounds of the same run: the bare IMAP fetch of an identical
/// mailbox (every message fetched and parsed by MimeKit, nothing matched, recorded or moved).
/// </summary>
internal static class BounceBenchmark
{
    private static readonly ContentActor Admin = new("bench", new HashSet<string> { ContentActor.Admin });

    public static async Task<int> RunAsync(int count, int rounds, TextWriter output)
    {
        if (TestImapServer.Endpoint is null)
        {
            await output.WriteLineAsync($"bounces needs {TestImapServer.Variable}=127.0.0.1:PORT (tests/OpinionAct.Media.Benchmarks/bounces-imap.sh starts Dovecot and sets it)");
            return 2;
        }

        var dataPath = Path.Combine(Path.GetTempPath(), "media-bench-" + Guid.NewGuid().ToString("n")[..8]);
        Directory.CreateDirectory(dataPath);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = dataPath, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Media:DataPath"] = dataPath,
            ["Media:Database:Provider"] = "Sqlite",
            ["Media:ThemesPath"] = Path.Combine(Repository.Root(), "themes"),
            ["Media:RecipesPath"] = Path.Combine(Repository.Root(), "recipes"),
        });
        builder.Logging.ClearProviders();
        builder.Services.AddMediaPlatform(dataPath);
        using var host = builder.Build();
        var services = host.Services;
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
        var ids = await SeedSubscribersAsync(services, tenant, count);

        double ours = 0, bare = 0;
        long allocated = 0;
        using var sampler = new PeakSampler();
        for (var round = 0; round < rounds; round++)
        {
            var ourBox = TestImapServer.NewMailbox();
            var bareBox = TestImapServer.NewMailbox();
            var messages = await MessagesAsync(services, tenant, ids);
            await ourBox.AppendAsync(messages);
            await bareBox.AppendAsync(messages);
            await ResetAsync(services, tenant, ourBox);

            // Alternate which goes first, so neither always gets the warmer server cache.
            for (var turn = 0; turn < 2; turn++)
            {
                if ((turn == 0) == (round % 2 == 0))
                {
                    var before = GC.GetTotalAllocatedBytes(precise: true);
                    var clock = Stopwatch.StartNew();
                    var summary = await services.GetRequiredService<BounceMailbox>().RunAsync(tenant, afterBatch: null, CancellationToken.None);
                    clock.Stop();
                    allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
                    if (summary.Error is not null || summary.Hard != count)
                    {
                        await output.WriteLineAsync($"round {round + 1}: the pass did not record {count} hard bounces: {summary.Hard} ({summary.Error})");
                        return 1;
                    }

                    ours += clock.Elapsed.TotalSeconds;
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: our pass {count / clock.Elapsed.TotalSeconds,8:0} messages/s ({clock.Elapsed.TotalSeconds:0.00} s)"));
                }
                else
                {
                    var clock = Stopwatch.StartNew();
                    var fetched = await BareFetchAsync(bareBox);
                    clock.Stop();
                    if (fetched != count)
                    {
                        await output.WriteLineAsync($"round {round + 1}: the bare fetch read {fetched} messages, not {count}");
                        return 1;
                    }

                    bare += clock.Elapsed.TotalSeconds;
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: bare fetch {count / clock.Elapsed.TotalSeconds,8:0} messages/s ({clock.Elapsed.TotalSeconds:0.00} s)"));
                }
            }
        }

        var (workingSet, heap) = sampler.Stop();
        var total = (double)count * rounds;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"bounces: {count:N0} DSNs x {rounds} round(s): our pass {total / ours:0} messages/s, bare IMAP fetch and parse {total / bare:0} messages/s, ratio {bare / ours:0.00}; peak working set {workingSet / 1048576} MB, peak GC heap {heap / 1048576} MB, {allocated / total / 1024:0.0} KB allocated per message by our pass"));
        return 0;
    }

    /// <summary>The simplest client: every message of the folder fetched and parsed, in UID order, nothing else.</summary>
    private static async Task<int> BareFetchAsync(TestImapServer box)
    {
        using var client = new ImapClient();
        await client.ConnectAsync(box.Host, box.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(box.User, TestImapServer.Password);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var fetched = 0;
        foreach (var uid in await client.Inbox.SearchAsync(MailKit.Search.SearchQuery.All))
        {
            using var message = await client.Inbox.GetMessageAsync(uid);
            fetched += message.Body is null ? 0 : 1;
        }

        await client.DisconnectAsync(true);
        return fetched;
    }

    private static async Task<List<int>> SeedSubscribersAsync(IServiceProvider services, TenantDescriptor tenant, int count)
    {
        await using var scope = services.CreateTenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var now = DateTime.UtcNow;
        var subscribers = Enumerable.Range(0, count).Select(i => new SubscriberRecord { Email = $"b{i:D6}@example.test", CreatedUtc = now }).ToList();
        db.Subscribers.AddRange(subscribers);
        await db.SaveChangesAsync();
        return subscribers.Select(s => s.Id).ToList();
    }

    private static async Task<List<string>> MessagesAsync(IServiceProvider services, TenantDescriptor tenant, List<int> ids)
    {
        await using var scope = services.CreateTenantScope(tenant);
        await scope.ServiceProvider.GetRequiredService<BounceSettingsService>().SaveAsync(new BounceSettingsDraft { ReturnPath = "bounces@energies.example", Verp = true }, Admin, CancellationToken.None);
        var settings = await scope.ServiceProvider.GetRequiredService<BounceStore>().GetSettingsAsync(CancellationToken.None);
        var path = services.GetRequiredService<ReturnPaths>().ForIssues(settings, tenant.Name)!;
        return ids.Select((id, i) => BounceSamples.Dsn(path.For(id, 1), $"b{i:D6}@example.test", serial: i)).ToList();
    }

    /// <summary>Points the tenant at this round's mailbox and lifts the previous round's suppressions and reports.</summary>
    private static async Task ResetAsync(IServiceProvider services, TenantDescriptor tenant, TestImapServer box)
    {
        await using var scope = services.CreateTenantScope(tenant);
        await scope.ServiceProvider.GetRequiredService<BounceSettingsService>().SaveAsync(new BounceSettingsDraft
        {
            ReturnPath = "bounces@energies.example",
            Verp = true,
            ImapHost = box.Host,
            ImapPort = box.Port,
            ImapTlsMode = "None",
            ImapUserName = box.User,
            ImapPassword = TestImapServer.Password,
        }, Admin, CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        await db.DeliveryReports.ExecuteDeleteAsync();
        await db.Subscribers.ExecuteUpdateAsync(s => s.SetProperty(x => x.SuppressedUtc, (DateTime?)null).SetProperty(x => x.SuppressionReason, (string?)null).SetProperty(x => x.SoftBounces, 0));
    }
}
