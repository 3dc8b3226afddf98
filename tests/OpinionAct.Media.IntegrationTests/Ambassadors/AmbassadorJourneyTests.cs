using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Ambassadors;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Analytics;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.Newsletters;
using OpinionAct.Media.Web.Ambassadors;
using OpinionAct.Media.Web.Audit;

namespace OpinionAct.Media.IntegrationTests.Ambassadors;

/// <summary>
/// An ambassador's share link over HTTP: created in admin, visited, read and a sign-up made through it, all counted for
/// that ambassador and no other; forged, revoked and other hubs' codes render the page normally and count for nobody.
/// </summary>
public sealed partial class AmbassadorJourneyTests
{
    public static TheoryData<string> Providers() => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Share_link_should_attribute_the_visit_the_reading_and_the_signup_to_its_ambassador_when_visited(string provider)
    {
        await using var hub = await SubscriptionHost.StartAsync(provider, NoPadding);
        var path = await ArticleAsync(hub, "Pompes à chaleur en hiver");
        await AdminClient.AddUserAsync(hub.Storage, hub.Tenant, "editor@amb.test", "Editor");
        var admin = await AdminClient.SignInAsync(hub.Host.Client(), "brand", "editor@amb.test");

        // The editor creates two ambassadors and copies the first one's link from the list.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/ambassadors", "/ambassadors", [new("amb_name", "Léa Martin"), new("amb_kind", "Reader"), new("amb_email", "lea@amb.example")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/ambassadors", "/ambassadors", [new("amb_name", "Partenaire Énergie"), new("amb_kind", "Partner"), new("amb_email", "contact@partner.example")])).StatusCode);
        var list = await admin.PageAsync("/ambassadors");
        Assert.Contains("Léa Martin", list, StringComparison.Ordinal);
        var links = ShareLink().Matches(list).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)).ToList();
        Assert.Equal(2, links.Count);
        var lea = await hub.DbAsync(db => db.Set<AmbassadorRecord>().AsNoTracking().SingleAsync(a => a.Email == "lea@amb.example"));
        var leaHome = links.Single(l => l.Contains($"amb={lea.Id}-", StringComparison.Ordinal));
        var code = leaHome[(leaHome.IndexOf("amb=", StringComparison.Ordinal) + 4)..];

        // The reader follows the link to an article: the page is the ordinary one, and the tracker's events carry the URL.
        var reader = hub.Host.Client();
        var shared = $"http://localhost/brand/{path}?amb={code}";
        var page = await reader.GetAsync($"/brand/{path}?amb={code}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Pompes à chaleur en hiver", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var traffic = new Traffic(reader, "brand");
        await traffic.SendAsync("10.20.0.1", new { type = "pageview", url = shared, referrer = "https://www.linkedin.com/feed/" });
        await traffic.SendAsync("10.20.0.1", new { type = "engagement", url = shared, engagedSeconds = 95, scrollDepth = 80 });
        await traffic.SendAsync("10.20.0.2", new { type = "pageview", url = $"http://localhost/brand/{path}" });

        // The one-click signup under the article, then the confirmation link.
        var signup = await reader.PostAsJsonAsync("/brand/subscribe", new { email = "new@reader.example", newsletters = new[] { "hebdo" }, website = string.Empty, page = shared, referrer = (string?)null });
        Assert.Equal(HttpStatusCode.Accepted, signup.StatusCode);
        var confirm = SubscriptionHost.ConfirmLink((await hub.WaitForMailAsync(1, "new@reader.example"))[0]);
        Assert.Equal(HttpStatusCode.OK, (await SubscriptionHost.FollowConfirmAsync(reader, confirm)).StatusCode);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var figures = await FiguresAsync(hub, today);
        var mine = figures.Single(f => f.AmbassadorId == lea.Id);
        Assert.Equal((1L, 1L, 95L, 1L, 1L, 1L), (mine.Views, mine.Visitors, mine.EngagedSeconds, mine.Completions, mine.SignupsAccepted, mine.SignupsConfirmed));
        Assert.DoesNotContain(figures, f => f.AmbassadorId != lea.Id);

        // Per article shared, and on the admin pages.
        var articles = await hub.InTenantAsync(sp => sp.GetRequiredService<AmbassadorService>().ArticlesAsync(lea.Id, today, today, default));
        var article = Assert.Single(articles);
        Assert.Equal(("Pompes à chaleur en hiver", 1L, 1L), (article.Title, article.Figures.Views, article.Figures.SignupsAccepted));
        var detail = await admin.PageAsync($"/ambassadors/{lea.Id}");
        Assert.Contains("Pompes à chaleur en hiver", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forged_revoked_and_other_hub_codes_should_be_ignored_without_an_error_when_visited()
    {
        await using var hub = await SubscriptionHost.StartAsync(overrides: NoPadding);
        var path = await ArticleAsync(hub, "Isolation des combles");
        var other = await hub.Host.CreateTenantAsync(prefix: "other");
        var otherSeed = new ContentSeed(hub.Host, other);
        var foreign = await otherSeed.InTenantAsync(sp => sp.GetRequiredService<AmbassadorService>().CreateAsync("Ailleurs", "Partner", "x@other.example", null, "test", sp.GetRequiredService<AuditTrail>(), default));
        var foreignCode = AmbassadorLinks.Code(other, foreign);
        var mine = await hub.InTenantAsync(sp => sp.GetRequiredService<AmbassadorService>().CreateAsync("Révoqué", "Expert", "r@amb.example", null, "test", sp.GetRequiredService<AuditTrail>(), default));
        var revokedCode = AmbassadorLinks.Code(hub.Tenant, mine);
        await hub.InTenantAsync(async sp =>
        {
            await sp.GetRequiredService<AmbassadorService>().RevokeAsync(mine.Id, "test", sp.GetRequiredService<AuditTrail>(), default);
            return 0;
        });

        // The other hub's ambassador has the same id as this one's: only the signature tells them apart.
        Assert.Equal(mine.Id, foreign.Id);
        string[] codes = [foreignCode, revokedCode, $"{mine.Id}-0000000000000000", "999-abcdefghjkmnpqrs", "<script>alert(1)</script>", new string('9', 300)];
        var reader = hub.Host.Client();
        var traffic = new Traffic(reader, "brand");
        for (var i = 0; i < codes.Length; i++)
        {
            var query = Uri.EscapeDataString(codes[i]);
            var page = await reader.GetAsync($"/brand/{path}?amb={query}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("Isolation des combles", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            await traffic.SendAsync($"10.30.0.{i + 1}", new { type = "pageview", url = $"http://localhost/brand/{path}?amb={query}" });
            var signup = await reader.PostAsJsonAsync("/brand/subscribe", new { email = $"r{i}@reader.example", newsletters = new[] { "hebdo" }, website = string.Empty, page = $"http://localhost/brand/{path}?amb={query}" });
            Assert.Equal(HttpStatusCode.Accepted, signup.StatusCode);
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Empty(await FiguresAsync(hub, today));
        Assert.All(await hub.DbAsync(db => db.AnalyticsEvents.AsNoTracking().ToListAsync()), e => Assert.Equal(0, e.AmbassadorId));
        Assert.All(await hub.DbAsync(db => db.SubscriberConsents.AsNoTracking().ToListAsync()), c => Assert.Equal(0, c.AmbassadorId));
        Assert.Equal(codes.Length, await hub.DbAsync(db => db.AnalyticsEvents.CountAsync()));
    }

    [Fact]
    public async Task Creating_an_ambassador_should_be_refused_with_a_sentence_when_the_email_is_malformed()
    {
        await using var hub = await SubscriptionHost.StartAsync(overrides: NoPadding);
        await AdminClient.AddUserAsync(hub.Storage, hub.Tenant, "editor@amb.test", "Editor");
        var admin = await AdminClient.SignInAsync(hub.Host.Client(), "brand", "editor@amb.test");
        var refused = await admin.PostFormAsync("/ambassadors", "/ambassadors", [new("amb_name", "Léa"), new("amb_kind", "Reader"), new("amb_email", "pas une adresse")]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("adresse électronique de l'ambassadeur", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await hub.DbAsync(db => db.Set<AmbassadorRecord>().CountAsync()));

        // Without the antiforgery token nothing is created either.
        var forged = await admin.Http.PostAsync("/brand/admin/ambassadors", new FormUrlEncodedContent([new("amb_name", "Léa"), new("amb_kind", "Reader"), new("amb_email", "lea@amb.example")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, await hub.DbAsync(db => db.Set<AmbassadorRecord>().CountAsync()));
    }

    private static readonly Dictionary<string, string?> NoPadding = new() { ["Media:Subscriptions:MinimumSignupDuration"] = "00:00:00" };

    private static Task<List<AmbassadorFigures>> FiguresAsync(SubscriptionHost hub, DateOnly day) =>
        hub.InTenantAsync(async sp =>
        {
            await sp.GetRequiredService<OpinionAct.Media.Web.Analytics.AnalyticsRollup>().CatchUpAsync(hub.Tenant, default);
            return await sp.GetRequiredService<AmbassadorStore>().TotalsAsync(day, day, null, default);
        });

    private static async Task<string> ArticleAsync(SubscriptionHost hub, string title)
    {
        if (!await hub.DbAsync(db => db.Topics.AnyAsync(t => t.Slug == "chaleur")))
        {
            await hub.Seed.TopicAsync("Chaleur", "chaleur");
        }

        var id = await hub.Seed.ArticleAsync(ContentSeed.Draft(title, ["chaleur"]), true);
        return await hub.DbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Path).SingleAsync());
    }

    [GeneratedRegex("value=\"(?<url>http://localhost/brand/\\?amb=[^\"]+)\"")]
    private static partial Regex ShareLink();
}
