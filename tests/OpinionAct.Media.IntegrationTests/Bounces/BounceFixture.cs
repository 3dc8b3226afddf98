using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Bounces;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.Newsletters;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Bounces;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Bounces;

/// <summary>A hub tenant ("/brand") with two newsletters and a bounce mailbox of its own on the loopback Dovecot.</summary>
public sealed class BounceFixture : IAsyncDisposable
{
    public const string ReturnPath = "bounces@energies.example";

    public static readonly ContentActor Admin = new("admin-1", new HashSet<string> { ContentActor.Admin });

    private BounceFixture(SubscriptionHost host, TestImapServer imap)
    {
        H = host;
        Imap = imap;
    }

    public SubscriptionHost H { get; }

    public TestImapServer Imap { get; }

    /// <param name="worker">Whether the web host's bounce job runs too (off: the tests run passes themselves).</param>
    public static async Task<BounceFixture> StartAsync(bool worker = false, int batchSize = 200)
    {
        var host = await SubscriptionHost.StartAsync(overrides: new Dictionary<string, string?>
        {
            ["Media:Bounces:Enabled"] = worker ? "true" : "false",
            ["Media:Bounces:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        return new BounceFixture(host, TestImapServer.NewMailbox());
    }

    /// <summary>Return path with VERP, and this test's own mailbox (or another port, to make it unreachable).</summary>
    public Task ConfigureAsync(bool verp = true, bool move = true, int? port = null, string folder = "INBOX", string tenant = "") =>
        InAsync(tenant, async sp =>
        {
            await sp.GetRequiredService<BounceSettingsService>().SaveAsync(new BounceSettingsDraft
            {
                ReturnPath = ReturnPath,
                Verp = verp,
                ImapHost = Imap.Host,
                ImapPort = port ?? Imap.Port,
                ImapTlsMode = "None",
                ImapUserName = Imap.User,
                ImapPassword = TestImapServer.Password,
                ImapFolder = folder,
                MoveProcessed = move,
                ProcessedFolder = "Processed",
            }, Admin, default);
            return true;
        });

    /// <summary>One pass of the bounce mailbox, as the worker and the CLI run it.</summary>
    public async Task<BouncePassSummary> PassAsync(Action<BouncePassSummary>? afterBatch = null, CancellationToken cancellationToken = default) =>
        await H.Host.Get<BounceMailbox>().RunAsync(await TenantAsync(H.Tenant), afterBatch, cancellationToken);

    /// <summary>The VERP return path the issue sender uses for this subscriber and issue.</summary>
    public Task<string> VerpAsync(int subscriberId, int? issueId, string tenant = "") =>
        InAsync(tenant, async sp =>
        {
            var settings = await sp.GetRequiredService<BounceStore>().GetSettingsAsync(default);
            return sp.GetRequiredService<ReturnPaths>().ForIssues(settings, tenant.Length == 0 ? H.Tenant : tenant)!.For(subscriberId, issueId);
        });

    public Task<List<DeliveryReportRecord>> ReportsAsync() =>
        H.DbAsync(db => db.DeliveryReports.AsNoTracking().OrderBy(r => r.Id).ToListAsync());

    public Task<BounceMailboxStateRecord> StateAsync() => H.InTenantAsync(sp => sp.GetRequiredService<BounceStore>().GetStateAsync(default));

    public async Task<TenantDescriptor> TenantAsync(string name) =>
        await H.Host.Get<ITenantStore>().FindAsync(name, default) ?? throw new InvalidOperationException($"No tenant {name}");

    public async ValueTask DisposeAsync() => await H.DisposeAsync();

    private async Task<T> InAsync<T>(string tenant, Func<IServiceProvider, Task<T>> work)
    {
        if (tenant.Length == 0)
        {
            return await H.InTenantAsync(work);
        }

        await using var scope = H.Host.Services.CreateTenantScope(await TenantAsync(tenant));
        return await work(scope.ServiceProvider);
    }
}
