using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using OpinionAct.Media.Data.Audit;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Accounts;

/// <summary>A host with an SMTP sink and a clock the test moves, one prefix hub ("/hub") with an Admin, and helpers to read account emails.</summary>
public sealed partial class AccountsHost : IAsyncDisposable
{
    public const string Hub = "hub";
    public const string AdminEmail = "admin@hub.test";

    private AccountsHost(TestStorage storage, SmtpSink sink, AdjustableClock clock, MediaHost host)
    {
        Storage = storage;
        Sink = sink;
        Clock = clock;
        Host = host;
    }

    public TestStorage Storage { get; }

    public SmtpSink Sink { get; }

    public AdjustableClock Clock { get; }

    public MediaHost Host { get; }

    public static async Task<AccountsHost> StartAsync(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var storage = await TestStorage.CreateAsync();
        var sink = new SmtpSink();
        var clock = new AdjustableClock();
        var settings = sink.Settings().ToDictionary(p => p.Key, p => p.Value);
        settings["Media:Accounts:MailFrom"] = "accounts@hub.test";
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = new MediaHost(storage, settings, clock);
        await host.CreateTenantAsync(Hub, prefix: Hub);
        await AdminClient.AddUserAsync(storage, Hub, AdminEmail, "Admin");
        return new AccountsHost(storage, sink, clock, host);
    }

    public Task<AdminClient> SignInAsync(string email = AdminEmail, string password = AdminClient.Password) =>
        AdminClient.SignInAsync(Host.Client(), Hub, email, password);

    public AdminClient Anonymous() => new(Host.Client(), Hub);

    /// <summary>The messages sent to <paramref name="to"/>, oldest first.</summary>
    public IReadOnlyList<MimeMessage> MailTo(string to) =>
        Sink.Messages.Where(m => m.To.Mailboxes.Any(b => b.Address == to)).ToList();

    /// <summary>The admin path and query of the one link of <paramref name="kind"/> ("invitation", "reset") mailed to the address, e.g. "/invitation?token=…".</summary>
    public string LastLink(string to, string kind) => Links(to, kind).Single();

    /// <summary>Every link of <paramref name="kind"/> mailed to the address (in no particular order: the sink does not keep one).</summary>
    public IReadOnlyList<string> Links(string to, string kind) =>
        MailTo(to)
            .SelectMany(m => LinkPattern().Matches(m.TextBody ?? string.Empty))
            .Where(m => m.Groups["kind"].Value == kind)
            .Select(m => $"/{kind}?{m.Groups["query"].Value}")
            .ToList();

    public async Task<List<AuditEntryRecord>> AuditAsync()
    {
        await using var scope = await ScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Set<AuditEntryRecord>().AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    public async Task<AsyncServiceScope> ScopeAsync()
    {
        var tenant = (await Host.Get<ITenantStore>().FindAsync(Hub, default))!;
        return Host.Services.CreateTenantScope(tenant);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Sink.Dispose();
        await Storage.DisposeAsync();
    }

    [GeneratedRegex(@"/admin/(?<kind>[a-z]+)\?(?<query>[^\s""<>]+)")]
    private static partial Regex LinkPattern();
}
