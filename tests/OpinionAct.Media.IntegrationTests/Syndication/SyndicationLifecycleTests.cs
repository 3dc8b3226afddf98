using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Content;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Syndication;
using OpinionAct.Media.Web.Content;
using static OpinionAct.Media.IntegrationTests.Syndication.AlliedHubs;

namespace OpinionAct.Media.IntegrationTests.Syndication;

/// <summary>What becomes of an accepted copy when its original is unpublished, republished or deleted, and when the alliance ends.</summary>
public sealed class SyndicationLifecycleTests
{
    public static TheoryData<string> Providers() => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Copy_should_leave_the_site_and_come_back_when_its_original_is_unpublished_and_republished(string provider)
    {
        await using var hubs = await AlliedHubs.CreateAsync(provider);
        var (id, copyPath) = await SyndicateAsync(hubs);

        await OnAlphaAsync(hubs, articles => articles.UnpublishAsync(id, ContentSeed.Editor, default));
        var unpublished = await hubs.PublicStatusAsync(Beta, copyPath);
        await OnAlphaAsync(hubs, articles => articles.PublishAsync(id, ContentSeed.Editor, null, default));
        var republished = await hubs.PublicStatusAsync(Beta, copyPath);

        Assert.Equal(HttpStatusCode.NotFound, unpublished);
        Assert.Equal(HttpStatusCode.OK, republished);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Copy_should_be_archived_when_its_original_is_deleted(string provider)
    {
        await using var hubs = await AlliedHubs.CreateAsync(provider);
        var (id, copyPath) = await SyndicateAsync(hubs);

        await hubs.Content(Alpha).InTenantAsync(async sp =>
        {
            await sp.GetRequiredService<ArticleService>().DeleteAsync(id, ContentSeed.Editor, default);
            return 0;
        });

        Assert.Equal(HttpStatusCode.NotFound, await hubs.PublicStatusAsync(Beta, copyPath));
        Assert.Equal((int)ArticleStatus.Archived, Assert.Single(await hubs.ArticlesAsync(Beta)).Status);
        Assert.Equal((int)OfferState.OriginalDeleted, Assert.Single(await hubs.OffersAsync()).State);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Copy_should_stay_with_its_attribution_and_stop_following_when_the_ally_ends_the_alliance(string provider)
    {
        await using var hubs = await AlliedHubs.CreateAsync(provider);
        var (id, copyPath) = await SyndicateAsync(hubs);
        var alpha = await hubs.EditorAsync(Alpha);
        var (waiting, _) = await PublishAsync(alpha, "Un second article", "Texte.");
        await OfferAsync(alpha, waiting, Beta);
        var betaAdmin = await hubs.AdminAsync(Beta);
        var alliance = Assert.Single(await hubs.AlliancesAsync());

        var ended = await betaAdmin.PostFormAsync("/alliances", $"/alliances/{alliance.Id}/end", []);
        await OnAlphaAsync(hubs, async articles =>
        {
            var article = await articles.LoadAsync(id, default);
            return await articles.SaveAsync(id, ArticleService.ToDraft(article) with { Body = "Texte réécrit après l'alliance." }, ContentSeed.Editor, default);
        });
        var copy = await hubs.PublicAsync(Beta, copyPath);
        var again = await OfferAsync(alpha, waiting, Beta);
        var offers = await hubs.OffersAsync();

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal((int)AllianceState.Ended, Assert.Single(await hubs.AlliancesAsync()).State);
        Assert.Contains("Publié d'abord par", copy, StringComparison.Ordinal);
        Assert.Contains("Premier texte de l'original.", copy, StringComparison.Ordinal);
        Assert.DoesNotContain("Texte réécrit", copy, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal((int)OfferState.AllianceEnded, offers.Single(o => o.OriginalArticleId == waiting).State);
        Assert.False(offers.Single(o => o.OriginalArticleId == id).Follows);
    }

    // alpha publishes and offers an article, beta accepts it; returns the original's id and the copy's path on beta.
    private static async Task<(int Id, string CopyPath)> SyndicateAsync(AlliedHubs hubs)
    {
        var alpha = await hubs.EditorAsync(Alpha);
        var (id, _) = await PublishAsync(alpha, "Un article allie", "Premier texte de l'original.");
        Assert.Equal(HttpStatusCode.Redirect, (await OfferAsync(alpha, id, Beta)).StatusCode);
        var beta = await hubs.EditorAsync(Beta);
        Assert.Equal(HttpStatusCode.Redirect, (await AcceptAsync(beta, Assert.Single(await hubs.OffersAsync()).Id)).StatusCode);
        var copy = Assert.Single(await hubs.ArticlesAsync(Beta));
        Assert.Equal(HttpStatusCode.OK, await hubs.PublicStatusAsync(Beta, copy.Path));
        return (id, copy.Path);
    }

    private static Task<T> OnAlphaAsync<T>(AlliedHubs hubs, Func<ArticleService, Task<T>> work) =>
        hubs.Content(Alpha).InTenantAsync(sp => work(sp.GetRequiredService<ArticleService>()));
}
