using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Syndication;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Syndication;

/// <summary>
/// Two hubs of one installation, each with an Admin and an Editor: <c>alpha</c> (Expert theme) and <c>beta</c>
/// (Magazine theme), allied over HTTP by their Admins when asked. What every syndication test starts from.
/// </summary>
public sealed partial class AlliedHubs : IAsyncDisposable
{
    public const string Alpha = "alpha";
    public const string Beta = "beta";

    private AlliedHubs(TestStorage storage, MediaHost host)
    {
        Storage = storage;
        Host = host;
    }

    public TestStorage Storage { get; }

    public MediaHost Host { get; }

    public static async Task<AlliedHubs> CreateAsync(string provider, bool allied = true)
    {
        var storage = await TestStorage.CreateAsync(provider);
        var host = new MediaHost(storage);
        var hubs = new AlliedHubs(storage, host);
        foreach (var (name, display, theme) in new[] { (Alpha, "Alpha Énergies", "Expert"), (Beta, "Beta Climat", "Magazine") })
        {
            var created = await host.Provisioner.CreateAsync(new TenantCreateRequest { Name = name, Prefix = name, DisplayName = display, Theme = theme }, default);
            Assert.True(created.Succeeded, created.Report.Summary);
            await AdminClient.AddUserAsync(storage, name, $"admin@{name}.test", "Admin");
            await AdminClient.AddUserAsync(storage, name, $"editor@{name}.test", "Editor");
        }

        if (allied)
        {
            await hubs.AllyAsync();
        }

        return hubs;
    }

    public Task<AdminClient> AdminAsync(string hub) => AdminClient.SignInAsync(Host.Client(), hub, $"admin@{hub}.test");

    public Task<AdminClient> EditorAsync(string hub) => AdminClient.SignInAsync(Host.Client(), hub, $"editor@{hub}.test");

    public ContentSeed Content(string hub) => new(Host, hub);

    /// <summary>alpha's Admin proposes, beta's accepts, both over HTTP.</summary>
    public async Task AllyAsync()
    {
        var alpha = await AdminAsync(Alpha);
        var proposed = await alpha.PostFormAsync("/alliances", "/alliances", [new("hub", Beta)]);
        Assert.True(proposed.StatusCode == HttpStatusCode.Redirect, await proposed.Content.ReadAsStringAsync());
        var beta = await AdminAsync(Beta);
        var id = AllianceId().Match(await beta.PageAsync("/alliances")).Groups[1].Value;
        var accepted = await beta.PostFormAsync("/alliances", $"/alliances/{id}/accept", []);
        Assert.True(accepted.StatusCode == HttpStatusCode.Redirect, await accepted.Content.ReadAsStringAsync());
    }

    /// <summary>An editor of <paramref name="from"/> offers an article to <paramref name="to"/> through the form.</summary>
    public static Task<HttpResponseMessage> OfferAsync(AdminClient editor, int article, string to) =>
        editor.PostFormAsync("/syndication", "/syndication/offers", [new("article", article.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("hub", to)]);

    public static Task<HttpResponseMessage> AcceptAsync(AdminClient editor, long offer, string topic = "") =>
        editor.PostFormAsync("/syndication", $"/syndication/offers/{offer}/accept", [new("topic", topic)]);

    /// <summary>An article of alpha published through the admin form; returns its id and path.</summary>
    public static async Task<(int Id, string Path)> PublishAsync(AdminClient editor, string title, string body)
    {
        var id = await editor.CreateArticleAsync(title, body, action: "publish");
        var page = await editor.PageAsync($"/articles/{id}");
        return (id, PathField().Match(page).Groups[1].Value);
    }

    public async Task<List<SyndicationOfferRecord>> OffersAsync() =>
        await Host.Get<SyndicationOfferStore>().SentAsync(Alpha, default);

    public async Task<List<AllianceRecord>> AlliancesAsync() =>
        await Host.Get<AllianceStore>().ForTenantAsync(Alpha, default);

    /// <summary>The articles of a hub, read in its own database.</summary>
    public Task<List<(int Id, int Status, string Path, string? Canonical)>> ArticlesAsync(string hub) =>
        Content(hub).InTenantAsync(async sp => (await sp.GetRequiredService<TenantDbContext>().Articles.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Status, a.Path, a.CanonicalUrl }).ToListAsync()).Select(a => (a.Id, a.Status, a.Path, a.CanonicalUrl)).ToList());

    /// <summary>A public page, its entities decoded (the renderers encode apostrophes), so tests read the words.</summary>
    public async Task<string> PublicAsync(string hub, string path) => WebUtility.HtmlDecode(await Host.Client().GetStringAsync(new Uri($"/{hub}/{path}", UriKind.Relative)));

    /// <summary>A response's body, its entities decoded.</summary>
    public static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public async Task<HttpStatusCode> PublicStatusAsync(string hub, string path) => (await Host.Client().GetAsync(new Uri($"/{hub}/{path}", UriKind.Relative))).StatusCode;

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Storage.DisposeAsync();
    }

    [GeneratedRegex(@"/alliances/(\d+)/accept")]
    private static partial Regex AllianceId();

    [GeneratedRegex("name=\"Path\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex PathField();
}
