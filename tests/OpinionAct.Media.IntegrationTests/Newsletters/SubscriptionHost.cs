using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Subscriptions;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

/// <summary>A host on a fresh storage with an SMTP sink, one prefix tenant ("/brand") and two newsletters.</summary>
public sealed partial class SubscriptionHost : IAsyncDisposable
{
    private SubscriptionHost(TestStorage storage, SmtpSink sink, MediaHost host, string tenant)
    {
        Storage = storage;
        Sink = sink;
        Host = host;
        Tenant = tenant;
        Seed = new ContentSeed(host, tenant);
    }

    public TestStorage Storage { get; }

    public SmtpSink Sink { get; }

    public MediaHost Host { get; }

    public string Tenant { get; }

    public ContentSeed Seed { get; }

    public static async Task<SubscriptionHost> StartAsync(string provider = "Sqlite", IReadOnlyDictionary<string, string?>? overrides = null, string prefix = "brand")
    {
        var storage = await TestStorage.CreateAsync(provider);
        var sink = new SmtpSink();
        var settings = sink.Settings().ToDictionary(kv => kv.Key, kv => kv.Value);
        settings["Media:Subscriptions:PublicBaseUrl"] = "http://localhost";
        settings["Media:Subscriptions:ConfirmationRetryDelays:0"] = "00:00:00.200";
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = new MediaHost(storage, settings);
        var tenant = await host.CreateTenantAsync(prefix: prefix);
        var result = new SubscriptionHost(storage, sink, host, tenant);
        await result.NewsletterAsync("hebdo", "La lettre hebdo");
        await result.NewsletterAsync("mensuel", "Le mensuel");
        return result;
    }

    public Task<NewsletterRecord> NewsletterAsync(string slug, string name) =>
        InTenantAsync(sp => sp.GetRequiredService<NewsletterService>().SaveAsync(null, new NewsletterDraft
        {
            Slug = slug,
            Name = name,
            Cadence = "Chaque mardi",
            SenderName = "Énergies Claires",
            SenderAddress = "lettre@energies.example",
            ReplyTo = "redaction@energies.example",
        }, ContentSeed.Editor, default));

    public Task<T> InTenantAsync<T>(Func<IServiceProvider, Task<T>> work) => Seed.InTenantAsync(work);

    public Task<T> DbAsync<T>(Func<TenantDbContext, Task<T>> work) => InTenantAsync(sp => work(sp.GetRequiredService<TenantDbContext>()));

    public Task<SubscriberRecord?> SubscriberAsync(string email) =>
        DbAsync(db => db.Subscribers.AsNoTracking().Include(s => s.Subscriptions).ThenInclude(s => s.Newsletter).FirstOrDefaultAsync(s => s.Email == email));

    public static async Task<HttpResponseMessage> SubscribeAsync(HttpClient client, string email, params string[] newsletters) =>
        await client.PostAsJsonAsync("/brand/api/subscribe", new { email, newsletters });

    public async Task<IReadOnlyList<MimeMessage>> WaitForMailAsync(int count, string? to = null)
    {
        IReadOnlyList<MimeMessage> Matching() => Sink.Messages.Where(m => to is null || m.To.Mailboxes.Any(b => b.Address == to)).ToList();
        await Eventually.TrueAsync(() => Task.FromResult(Matching().Count >= count), TimeSpan.FromSeconds(15), $"{count} message(s) to {to ?? "anyone"}");
        return Matching();
    }

    /// <summary>The confirmation link of a received message, from its plain-text part (the HTML carries the same).</summary>
    public static Uri ConfirmLink(MimeMessage message)
    {
        var match = ConfirmPattern().Match(message.TextBody ?? string.Empty);
        Assert.True(match.Success, "no confirmation link in: " + message.TextBody);
        Assert.Contains(match.Value, message.HtmlBody, StringComparison.Ordinal);
        return new Uri(match.Value);
    }

    /// <summary>Follows a confirmation link as a reader does: open the page, press the button.</summary>
    public static async Task<HttpResponseMessage> FollowConfirmAsync(HttpClient client, Uri link)
    {
        var page = await client.GetAsync(link.PathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        var token = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]!;
        return await client.PostAsync(link.AbsolutePath, new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token }));
    }

    /// <summary>Runs the CLI on this host's storage, with the SMTP sink and link settings the web host has.</summary>
    public async Task<CliResult> CliAsync(params string[] args)
    {
        var settings = Storage.Settings();
        foreach (var (key, value) in Sink.Settings())
        {
            settings[key] = value;
        }

        settings["Media:Subscriptions:PublicBaseUrl"] = "http://localhost";
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await HostBuildGate.RunCliAsync(() => Web.Cli.MediaCli.RunAsync(args, stdout, stderr, new StringReader(string.Empty), settings));
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Signs an address up, confirms it, then records a hard bounce for it.</summary>
    public async Task<int> SubscribeAndSuppressAsync(string email)
    {
        var id = await ConfirmedSubscriberAsync(email, "hebdo");
        await InTenantAsync(sp => sp.GetRequiredService<SuppressionService>().RecordAsync(email, DeliveryReportKind.HardBounce, "550 5.1.1 user unknown", null, default));
        return id;
    }

    /// <summary>A confirmed subscriber, written directly (as an import with consent would).</summary>
    public Task<int> ConfirmedSubscriberAsync(string email, params string[] slugs) => DbAsync(async db =>
    {
        var subscriber = new SubscriberRecord { Email = email, CreatedUtc = DateTime.UtcNow };
        foreach (var newsletter in await db.Newsletters.Where(n => slugs.Contains(n.Slug)).ToListAsync())
        {
            subscriber.Subscriptions.Add(new SubscriptionRecord { NewsletterId = newsletter.Id, State = SubscriptionState.Confirmed, RequestedUtc = DateTime.UtcNow, ConfirmedUtc = DateTime.UtcNow });
        }

        db.Subscribers.Add(subscriber);
        await db.SaveChangesAsync();
        return subscriber.Id;
    });

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Sink.Dispose();
        await Storage.DisposeAsync();
    }

    [GeneratedRegex(@"http://localhost/brand/newsletters/confirm\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex ConfirmPattern();
}
