using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Audit;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.Newsletters;
using OpinionAct.Media.Web.Deliverability;

namespace OpinionAct.Media.IntegrationTests.Deliverability;

/// <summary>
/// A hub "mail" (prefix /mail) with an Admin and an Editor, a newsletter sent from lettre@energies.example, an SMTP
/// sink, and its DNS lookups pointed at a <see cref="LoopbackDnsServer"/> (no network).
/// </summary>
internal sealed class DeliverabilityHub : IAsyncDisposable
{
    public const string Tenant = "mail";
    public const string Domain = "energies.example";
    public const string Admin = "admin@mail.test";
    public const string Editor = "editor@mail.test";

    private DeliverabilityHub(TestStorage storage, SmtpSink sink, LoopbackDnsServer dns, MediaHost host)
    {
        Storage = storage;
        Sink = sink;
        Dns = dns;
        Host = host;
        Seed = new IssueSeed(host, Tenant);
    }

    public TestStorage Storage { get; }

    public SmtpSink Sink { get; }

    public LoopbackDnsServer Dns { get; }

    public MediaHost Host { get; }

    public IssueSeed Seed { get; }

    public int Newsletter { get; private set; }

    /// <param name="worker">False: the send worker is off, and the test runs each pass itself.</param>
    public static async Task<DeliverabilityHub> CreateAsync(TimeSpan? dnsTimeout = null, bool worker = true, TimeProvider? clock = null, params (string Key, string Value)[] more)
    {
        var storage = await TestStorage.CreateAsync();
        var sink = new SmtpSink();
        var dns = new LoopbackDnsServer();
        var host = IssueSendingTests.Host(storage, sink.Settings(), worker, clock, [.. dns.Settings(dnsTimeout), .. more]);
        var hub = new DeliverabilityHub(storage, sink, dns, host);
        await host.CreateTenantAsync(Tenant, prefix: Tenant);
        await AdminClient.AddUserAsync(storage, Tenant, Admin, "Admin");
        await AdminClient.AddUserAsync(storage, Tenant, Editor, "Editor");
        hub.Newsletter = await hub.Seed.NewsletterAsync();
        return hub;
    }

    public Task<AdminClient> SignInAsync(string email = Admin) => AdminClient.SignInAsync(Host.Client(), Tenant, email);

    public Task<DkimKeyView> KeyAsync(string selector) =>
        Seed.Content.InTenantAsync(sp => sp.GetRequiredService<DkimKeyService>().CreateAsync(Domain, selector, default));

    public Task<IReadOnlyList<DkimKeyView>> KeysAsync() =>
        Seed.Content.InTenantAsync(sp => sp.GetRequiredService<DkimKeyService>().ListAsync(default));

    public Task<List<string>> AuditAsync() =>
        Seed.Content.InTenantAsync(sp => sp.GetRequiredService<TenantDbContext>().Set<AuditEntryRecord>().AsNoTracking()
            .Where(e => e.Action.StartsWith("dkim.")).OrderBy(e => e.Id).Select(e => e.Action + " " + e.Target + " " + e.Detail).ToListAsync());

    /// <summary>The part of a sending domains page about one domain: from its heading to the next domain's section.</summary>
    public static string DomainSection(string html, string domain = Domain)
    {
        var start = html.IndexOf($">{domain}</h2>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"the page has a section for {domain}");
        var end = html.IndexOf("<section", start, StringComparison.Ordinal);
        return html[start..(end < 0 ? html.Length : end)];
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Dns.DisposeAsync();
        Sink.Dispose();
        await Storage.DisposeAsync();
    }
}
