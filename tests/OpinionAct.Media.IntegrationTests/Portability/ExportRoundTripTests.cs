using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Tenancy;
using System.Xml.Linq;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Portability;

/// <summary>
/// Issue 16's round trip: the demo hub exported as a recipe (with its media), a new tenant created from the file, and
/// every public page, feed and sitemap of the two compared. They may differ only in the prefix and in what is signed
/// or stored per tenant: media URLs carry the tenant's own signing key (and the re-encoded master's hash), forms
/// carry a per-request antiforgery token, scripts a per-response nonce, search results the id of the logged query.
/// </summary>
public sealed partial class ExportRoundTripTests
{
    public static TheoryData<string> Providers => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Export_should_recreate_every_public_page_feed_and_sitemap_of_the_demo_hub(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("srchub", prefix: "srchub", recipe: "demo-brand");
        await AddEditorsWorkAsync(host, "srchub");
        var file = Path.Combine(storage.DataPath, "srchub.recipe.json");

        var exported = await CliRunner.RunAsync(storage, "tenants", "export", "--name", "srchub", "--out", file, "--include-media");
        Assert.True(exported.ExitCode == 0, exported.ToString());
        var created = await host.Provisioner.CreateAsync(new() { Name = "dsthub", Prefix = "dsthub", RecipeFile = file }, default);
        Assert.True(created.Succeeded, created.Report.Summary);
        Assert.Empty(created.Report.Warnings);

        var client = host.Client();
        var sitemap = await client.GetStringAsync(new Uri("/srchub/sitemap.xml", UriKind.Relative));
        var paths = XDocument.Parse(sitemap).Descendants().Where(e => e.Name.LocalName == "loc")
            .Select(e => new Uri(e.Value).AbsolutePath["/srchub".Length..])
            .Concat(["/sitemap.xml", "/feed.xml", "/atom.xml", "/robots.txt", "/search?q=chaleur", "/ancien-dossier"])
            .ToList();
        paths.AddRange(paths.Where(p => p.StartsWith("/topics/", StringComparison.Ordinal)).Select(p => p + "/feed.xml").ToList());
        Assert.True(paths.Count > 30, $"the sitemap listed {paths.Count} paths");

        var differences = new List<string>();
        foreach (var path in paths)
        {
            var source = Normalize(await ReadAsync(client, "/srchub" + path), "srchub");
            var copy = Normalize(await ReadAsync(client, "/dsthub" + path), "dsthub");
            if (source != copy)
            {
                differences.Add($"{path}: {FirstDifference(source, copy)}");
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.StartsWith("301 /dsthub/ecrit-dans-l-admin", await ReadAsync(client, "/dsthub/ancien-dossier"), StringComparison.Ordinal);
        Assert.Equal(await ArticleStatesAsync(host, "srchub"), await ArticleStatesAsync(host, "dsthub"));
        Assert.Contains("media:", await LogoAsync(host, "dsthub"), StringComparison.Ordinal);
        Assert.Contains(">ADEME</a>", await client.GetStringAsync(new Uri("/dsthub/", UriKind.Relative)), StringComparison.Ordinal);
    }

    /// <summary>
    /// What the demo recipe lacks and editors make: items with no ContentItemId, a library image in a body, a topic
    /// picture and a logo, a main menu, a redirect, a scheduled and an archived article.
    /// </summary>
    private static async Task AddEditorsWorkAsync(MediaHost host, string tenant)
    {
        var descriptor = (await host.Get<ITenantStore>().FindAsync(tenant, default))!;
        await using var scope = host.Services.CreateTenantScope(descriptor);
        var services = scope.ServiceProvider;
        var system = ContentActor.System;
        var articles = services.GetRequiredService<ArticleService>();
        var made = await articles.CreateAsync(new ArticleDraft
        {
            Title = "Écrit dans l'admin",
            Body = "Un schéma :\n\n![Schéma d'une pompe](media:3)\n\nEt une conclusion.",
            Topics = ["renovation"],
            Experts = ["claire-morel"],
            Sources = [new SourceEntry("Rapport", "https://example.org/rapport", "ADEME", "une phrase")],
        }, system, default);
        await articles.PublishAsync(made.Id, system, null, default);
        var scheduled = await articles.CreateAsync(new ArticleDraft { Title = "Prévu pour plus tard", Body = "Bientôt." }, system, default);
        await articles.ScheduleAsync(scheduled.Id, system, host.Get<TimeProvider>().GetUtcNow().AddDays(3), default);
        var archived = await articles.CreateAsync(new ArticleDraft { Title = "Retiré du site", Body = "Ancien." }, system, default);
        await articles.PublishAsync(archived.Id, system, null, default);
        await articles.ArchiveAsync(archived.Id, system, default);

        await services.GetRequiredService<RedirectService>().AddAsync("/ancien-dossier", "/" + made.Path, system, default);
        var topics = services.GetRequiredService<TopicService>();
        var topicStore = services.GetRequiredService<TopicStore>();
        var renovation = (await topicStore.GetBySlugAsync("renovation", default))!;
        await topics.SaveAsync(renovation.Id, new TopicDraft(renovation.Name, renovation.Slug, renovation.Description, null, "media:2"), system, default);
        var settings = services.GetRequiredService<SettingsService>();
        await settings.SaveAsync(
            SettingsService.ToDraft(await settings.GetAsync(default)) with { Logo = "media:1", Menu = [new("Écrit ici", "/" + made.Path), new("ADEME", "https://www.ademe.fr/")] },
            system,
            default);
    }

    private static async Task<List<string>> ArticleStatesAsync(MediaHost host, string tenant)
    {
        await using var db = host.Get<MediaDatabase>().CreateTenantContext(tenant);
        return await db.Articles.OrderBy(a => a.Path)
            .Select(a => $"{a.Path} {a.Status} {a.PublishedUtc:O} {a.ScheduledUtc:O} {a.CreatedUtc:O} {a.UpdatedUtc:O}")
            .ToListAsync();
    }

    private static async Task<string> LogoAsync(MediaHost host, string tenant)
    {
        await using var db = host.Get<MediaDatabase>().CreateTenantContext(tenant);
        return (await db.SiteSettings.SingleAsync()).Logo ?? string.Empty;
    }

    /// <summary>The status, the redirect target if any, and the body.</summary>
    private static async Task<string> ReadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return $"{(int)response.StatusCode} {response.Headers.Location}\n{await response.Content.ReadAsStringAsync()}";
    }

    private static string Normalize(string body, string prefix)
    {
        body = body.Replace("/" + prefix, "/HUB", StringComparison.Ordinal);
        body = MediaUrl().Replace(body, "/media/$1/…");
        body = Token().Replace(body, "$1…");
        body = SearchClick().Replace(body, "/search/go/…/");
        return body;
    }

    private static string FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        var start = Math.Max(0, i - 80);
        return $"\n  source: …{a[start..Math.Min(a.Length, i + 120)]}\n  copy:   …{b[start..Math.Min(b.Length, i + 120)]}";
    }

    /// <summary>A master or variant URL: its id is kept, its hash, version and signature are per tenant.</summary>
    [GeneratedRegex(@"/media/(\d+)/[^""'\s)<>,]*")]
    private static partial Regex MediaUrl();

    /// <summary>A search result's link carries the id of the logged query, which each search makes anew.</summary>
    [GeneratedRegex(@"/search/go/\d+/")]
    private static partial Regex SearchClick();

    [GeneratedRegex(@"((?:name=""__RequestVerificationToken""[^>]*?value|nonce)="")[^""]*")]
    private static partial Regex Token();
}
