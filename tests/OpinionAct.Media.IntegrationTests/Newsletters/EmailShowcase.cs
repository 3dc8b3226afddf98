using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Content;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

/// <summary>
/// The two emails a reader of the demo hub gets, as the product really sends them through SMTP: the double opt-in
/// confirmation (a signup through the API) and an issue with a Markdown body and three demo articles with covers.
/// The host listens on a real loopback port that is also its public origin, so a browser shown the HTML loads the
/// covers from it. Set <c>MEDIA_EMAIL_OUT</c> to a folder to keep each HTML and text part (tests/scripts/email-screens.sh).
/// </summary>
public sealed class EmailShowcase : IAsyncDisposable
{
    public const string Tenant = "demo";

    public const string IssueBody = """
        Cette semaine, nos ingénieurs reviennent sur **trois chantiers** qui changent la facture des ménages
        et la tenue du réseau électrique cet hiver.

        ## À retenir

        - Les logements classés G ne peuvent plus être loués sous un nouveau bail ;
        - la part du solaire dépasse 8 % de la production en novembre ;
        - les aides à la rénovation d'ampleur sont recentrées sur les passoires.

        Le détail des chiffres est dans le [bilan électrique de RTE](https://www.rte-france.com/analyses-tendances-et-prospectives/bilan-electrique-2025-synthese).
        Bonne lecture, et n'hésitez pas à nous répondre : chaque message est lu par la rédaction.
        """;

    private readonly TestStorage _storage;
    private readonly SmtpSink _sink;

    private EmailShowcase(TestStorage storage, SmtpSink sink, MediaHost host, string origin)
    {
        _storage = storage;
        _sink = sink;
        Host = host;
        Origin = origin;
    }

    public MediaHost Host { get; }

    /// <summary><c>http://127.0.0.1:PORT</c>: where the host listens, and the origin of every link in the emails.</summary>
    public string Origin { get; }

    public IReadOnlyList<string> ArticleTitles { get; private set; } = [];

    public IReadOnlyList<string> ArticleUrls { get; private set; } = [];

    /// <summary>Starts a host with the demo recipe, switched to <paramref name="theme"/> and <paramref name="language"/>.</summary>
    public static async Task<EmailShowcase> StartAsync(string theme, string language)
    {
        var storage = await TestStorage.CreateAsync("Sqlite");
        var sink = new SmtpSink();
        var port = FreePort();
        var origin = $"http://127.0.0.1:{port}";
        var settings = sink.Settings().ToDictionary(kv => kv.Key, kv => kv.Value);
        settings["Media:PublicOrigin"] = origin;
        settings["Media:Newsletters:Sending:PollInterval"] = "00:00:00.100";
        settings["Media:Newsletters:Sending:MessagesPerSecond"] = "0";
        var host = new MediaHost(storage, settings);
        host.UseKestrel(port);
        host.StartServer();
        await host.CreateTenantAsync(Tenant, prefix: Tenant, recipe: "demo-brand");
        var showcase = new EmailShowcase(storage, sink, host, origin);
        await showcase.InTenantAsync(async sp =>
        {
            var service = sp.GetRequiredService<SettingsService>();
            var draft = SettingsService.ToDraft(await service.GetAsync(default)) with { Theme = theme, Language = language };
            await service.SaveAsync(draft, new ContentActor("admin-1", new HashSet<string> { ContentActor.Admin }), default);
            return 0;
        });
        return showcase;
    }

    /// <summary>Signs <paramref name="email"/> up through the API and returns the confirmation email it receives.</summary>
    public async Task<MimeMessage> ConfirmationAsync(string email = "lea@example.test")
    {
        using var client = new HttpClient { BaseAddress = new Uri(Origin) };
        var answer = await client.PostAsJsonAsync($"/{Tenant}/api/subscribe", new { email, newsletters = new[] { "hebdo" } });
        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        return await MessageToAsync(email);
    }

    /// <summary>Sends an issue of the weekly newsletter (body and the three latest demo articles) to one confirmed reader.</summary>
    public async Task<MimeMessage> IssueAsync(string email = "reader00000@example.test")
    {
        var seed = new IssueSeed(Host, Tenant);
        var newsletter = await InTenantAsync(sp => sp.GetRequiredService<TenantDbContext>().Newsletters.Where(n => n.Slug == "hebdo").Select(n => n.Id).SingleAsync());
        var articles = await InTenantAsync(sp => sp.GetRequiredService<TenantDbContext>().Articles.AsNoTracking()
            .Where(a => a.PublishedUtc != null && a.CoverImage != null).OrderByDescending(a => a.PublishedUtc).Take(3).ToListAsync());
        ArticleTitles = articles.Select(a => a.Title).ToList();
        ArticleUrls = articles.Select(a => $"{Origin}/{Tenant}/{a.Path.TrimStart('/')}").ToList();
        await seed.SubscribersAsync(newsletter, 1);
        var issue = await seed.IssueAsync(newsletter, "Rénovation, solaire, réseau : la semaine en trois lectures", IssueBody, articles.Select(a => a.Id).ToList());
        await seed.QueueAsync(issue);
        await seed.SentAsync(issue);
        return await MessageToAsync(email);
    }

    /// <summary>Writes the parts to <c>MEDIA_EMAIL_OUT</c> (when set) as <c>{name}.html</c> and <c>{name}.txt</c>.</summary>
    public static void Keep(MimeMessage message, string name)
    {
        var folder = Environment.GetEnvironmentVariable("MEDIA_EMAIL_OUT");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".html"), message.HtmlBody);
        File.WriteAllText(Path.Combine(folder, name + ".txt"), message.TextBody);
    }

    public Task<T> InTenantAsync<T>(Func<IServiceProvider, Task<T>> work) => new ContentSeed(Host, Tenant).InTenantAsync(work);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _sink.Dispose();
        await _storage.DisposeAsync();
    }

    private async Task<MimeMessage> MessageToAsync(string email)
    {
        MimeMessage? found = null;
        await Eventually.TrueAsync(
            () => Task.FromResult((found = _sink.Messages.FirstOrDefault(m => m.To.Mailboxes.Any(b => b.Address == email))) is not null),
            TimeSpan.FromSeconds(60), $"a message to {email}");
        return found!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
