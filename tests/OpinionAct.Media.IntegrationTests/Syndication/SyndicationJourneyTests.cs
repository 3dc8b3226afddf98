using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Audit;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Analytics;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using static OpinionAct.Media.IntegrationTests.Syndication.AlliedHubs;

namespace OpinionAct.Media.IntegrationTests.Syndication;

/// <summary>The whole journey over HTTP: two hubs ally, one offers an article, the other republishes it, the original is corrected and both show it.</summary>
public sealed class SyndicationJourneyTests
{
    public static TheoryData<string> Providers() => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Syndicated_article_should_show_the_correction_on_both_hubs_when_the_original_is_corrected_and_republished(string provider)
    {
        await using var hubs = await AlliedHubs.CreateAsync(provider);
        await hubs.Content(Beta).TopicAsync("Climat", "climat");
        var alpha = await hubs.EditorAsync(Alpha);
        var (id, path) = await PublishAsync(alpha, "Pompes a chaleur en hiver", "Le rendement annoncé est de 4.");
        var originalUrl = $"http://localhost/{Alpha}/{path}";

        var offered = await OfferAsync(alpha, id, Beta);
        var beta = await hubs.EditorAsync(Beta);
        var inbox = await beta.PageAsync("/syndication");
        var offer = Assert.Single(await hubs.OffersAsync());
        var accepted = await AcceptAsync(beta, offer.Id, "climat");
        var copy = Assert.Single(await hubs.ArticlesAsync(Beta));
        var copyBefore = await hubs.PublicAsync(Beta, copy.Path);

        var corrected = await alpha.PostFormAsync($"/articles/{id}", $"/articles/{id}",
        [
            new("Title", "Pompes a chaleur en hiver"), new("Body", "Le rendement est de 3,2 à −7 °C."), new("Language", "fr"),
            new("Corrections[0].Date", "2026-12-06"), new("Corrections[0].Text", "Le rendement annoncé était de 4 ; il est de 3,2 à −7 °C."),
            new("action", "publish"),
        ]);
        var original = await hubs.PublicAsync(Alpha, path);
        var copyAfter = await hubs.PublicAsync(Beta, copy.Path);

        // alpha's editor takes the original off the site: the copy leaves beta's site too, in beta's name, not theirs.
        var unpublished = await alpha.PostFormAsync($"/articles/{id}", $"/articles/{id}",
        [
            new("Title", "Pompes a chaleur en hiver"), new("Body", "Le rendement est de 3,2 à −7 °C."), new("Language", "fr"),
            new("Corrections[0].Date", "2026-12-06"), new("Corrections[0].Text", "Le rendement annoncé était de 4 ; il est de 3,2 à −7 °C."),
            new("action", "unpublish"),
        ]);
        var copyGone = await hubs.PublicStatusAsync(Beta, copy.Path);
        var betaAudit = await hubs.Content(Beta).InTenantAsync(sp => sp.GetRequiredService<TenantDbContext>().Set<AuditEntryRecord>().AsNoTracking()
            .Select(e => new { e.Action, e.Actor, e.Ip }).ToListAsync());

        Assert.Equal(HttpStatusCode.Redirect, offered.StatusCode);
        Assert.Contains("Pompes a chaleur en hiver", inbox, StringComparison.Ordinal);
        Assert.Contains("Alpha Énergies", inbox, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(originalUrl, copy.Canonical);
        Assert.Contains($"<link rel=\"canonical\" href=\"{originalUrl}\">", copyBefore, StringComparison.Ordinal);
        Assert.Contains($"Publié d'abord par <a href=\"{originalUrl}\">Alpha Énergies</a> le <time", copyBefore, StringComparison.Ordinal);
        Assert.Contains("\"isBasedOn\"", copyBefore, StringComparison.Ordinal);
        Assert.Contains("/beta/topics/climat", copyBefore, StringComparison.Ordinal);
        Assert.Contains("rendement annoncé est de 4", copyBefore, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Contains("3,2 à −7 °C", original, StringComparison.Ordinal);
        Assert.Contains("Le rendement annoncé était de 4 ; il est de 3,2 à −7 °C.", original, StringComparison.Ordinal);
        Assert.Contains("3,2 à −7 °C", copyAfter, StringComparison.Ordinal);
        Assert.Contains("Le rendement annoncé était de 4 ; il est de 3,2 à −7 °C.", copyAfter, StringComparison.Ordinal);
        Assert.Contains("class=\"corrections\"", copyAfter, StringComparison.Ordinal);
        Assert.Contains("Publié d'abord par", copyAfter, StringComparison.Ordinal);
        Assert.DoesNotContain("Publié d'abord par", original, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"{originalUrl}\">", original, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, copyGone);
        Assert.Contains(betaAudit, e => e.Action == "syndication.accepted" && e.Actor == "editor@beta.test");
        var copyUnpublished = Assert.Single(betaAudit, e => e.Action == "article.unpublished");
        Assert.Equal("system", copyUnpublished.Actor);
        Assert.Equal(string.Empty, copyUnpublished.Ip);
        Assert.DoesNotContain(betaAudit, e => e.Actor == "editor@alpha.test");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Copy_readers_should_count_on_the_hub_that_republished_it_when_they_read_the_copy(string provider)
    {
        await using var hubs = await AlliedHubs.CreateAsync(provider);
        var alpha = await hubs.EditorAsync(Alpha);
        var (id, _) = await PublishAsync(alpha, "Isolation des combles", "Un paragraphe.");
        await OfferAsync(alpha, id, Beta);
        var beta = await hubs.EditorAsync(Beta);
        await AcceptAsync(beta, Assert.Single(await hubs.OffersAsync()).Id);
        var copy = Assert.Single(await hubs.ArticlesAsync(Beta));
        var page = await hubs.PublicAsync(Beta, copy.Path);

        // The tracker posts the address the reader is on (the copy's, on beta), whatever the page's canonical says.
        var traffic = new Traffic(hubs.Host.Client(), Beta);
        await traffic.SendAsync("10.7.7.7", new { type = "pageview", url = traffic.Url(copy.Path) });
        var betaEvents = await EventsAsync(hubs, Beta);
        var alphaEvents = await EventsAsync(hubs, Alpha);

        Assert.Contains("<script src=\"/beta/t", page, StringComparison.Ordinal);
        Assert.Equal([copy.Id], betaEvents);
        Assert.Empty(alphaEvents);
    }

    private static Task<List<int>> EventsAsync(AlliedHubs hubs, string hub) =>
        hubs.Content(hub).InTenantAsync(sp => sp.GetRequiredService<TenantDbContext>().AnalyticsEvents.AsNoTracking().Select(e => e.ArticleId).ToListAsync());
}
