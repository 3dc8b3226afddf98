using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Content;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Syndication;
using OpinionAct.Media.Web.Content;
using static OpinionAct.Media.IntegrationTests.Syndication.AlliedHubs;

namespace OpinionAct.Media.IntegrationTests.Syndication;

/// <summary>Bad input of syndication, over HTTP: each refusal says what to do, and nothing is written.</summary>
public sealed class SyndicationInputTests
{
    public static TheoryData<string> Providers() => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Offer_should_be_refused_when_the_hub_is_not_an_ally(string provider)
    {
        await using var hubs = await AlliedHubs.CreateAsync(provider, allied: false);
        var alpha = await hubs.EditorAsync(Alpha);
        var (id, _) = await PublishAsync(alpha, "Un article", "Texte.");

        var refused = await OfferAsync(alpha, id, Beta);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Le média « beta » n'est pas un allié de ce média", await TextAsync(refused), StringComparison.Ordinal);
        Assert.Empty(await hubs.OffersAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Offer_should_be_refused_when_the_hub_offers_to_itself_or_to_an_unknown_hub(string provider)
    {
        await using var hubs = await AlliedHubs.CreateAsync(provider);
        var alpha = await hubs.EditorAsync(Alpha);
        var (id, _) = await PublishAsync(alpha, "Un article", "Texte.");

        var itself = await OfferAsync(alpha, id, Alpha);
        var unknown = await OfferAsync(alpha, id, "gamma");

        Assert.Equal(HttpStatusCode.BadRequest, itself.StatusCode);
        Assert.Contains("Un média ne peut ni s'allier à lui-même ni se proposer un article", await TextAsync(itself), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Il n'y a pas de média nommé « gamma » sur cette installation", await TextAsync(unknown), StringComparison.Ordinal);
        Assert.Empty(await hubs.OffersAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Offer_should_be_accepted_once_when_an_editor_accepts_it_twice(string provider)
    {
        await using var hubs = await AlliedHubs.CreateAsync(provider);
        var alpha = await hubs.EditorAsync(Alpha);
        var (id, _) = await PublishAsync(alpha, "Un article", "Texte.");
        await OfferAsync(alpha, id, Beta);
        var offer = Assert.Single(await hubs.OffersAsync());
        var beta = await hubs.EditorAsync(Beta);

        var first = await AcceptAsync(beta, offer.Id);
        var second = await AcceptAsync(beta, offer.Id);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("Cette proposition a déjà été acceptée", await TextAsync(second), StringComparison.Ordinal);
        Assert.Single(await hubs.ArticlesAsync(Beta));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Offer_should_be_refused_when_its_original_was_deleted(string provider)
    {
        await using var hubs = await AlliedHubs.CreateAsync(provider);
        var alpha = await hubs.EditorAsync(Alpha);
        var (id, _) = await PublishAsync(alpha, "Un article", "Texte.");
        await OfferAsync(alpha, id, Beta);
        var offer = Assert.Single(await hubs.OffersAsync());
        await hubs.Content(Alpha).InTenantAsync(async sp =>
        {
            await sp.GetRequiredService<ArticleService>().DeleteAsync(id, ContentSeed.Editor, default);
            return 0;
        });
        var beta = await hubs.EditorAsync(Beta);

        var refused = await AcceptAsync(beta, offer.Id);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("L'article original a été supprimé", await TextAsync(refused), StringComparison.Ordinal);
        Assert.Empty(await hubs.ArticlesAsync(Beta));
        Assert.Equal((int)OfferState.OriginalDeleted, Assert.Single(await hubs.OffersAsync()).State);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Offer_of_another_hub_should_not_be_found_when_a_third_hub_tries_to_accept_it(string provider)
    {
        await using var hubs = await AlliedHubs.CreateAsync(provider);
        var alpha = await hubs.EditorAsync(Alpha);
        var (id, _) = await PublishAsync(alpha, "Un article", "Texte.");
        await OfferAsync(alpha, id, Beta);
        var offer = Assert.Single(await hubs.OffersAsync());

        // The hub that offered it cannot accept it on the ally's behalf: an offer exists only for the hub it is addressed to.
        var refused = await AcceptAsync(alpha, offer.Id);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal((int)OfferState.Offered, Assert.Single(await hubs.OffersAsync()).State);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Alliance_proposal_should_be_refused_when_the_hub_does_not_exist(string provider)
    {
        await using var hubs = await AlliedHubs.CreateAsync(provider, allied: false);
        var admin = await hubs.AdminAsync(Alpha);

        var refused = await admin.PostFormAsync("/alliances", "/alliances", [new("hub", "gamma")]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Il n'y a pas de média nommé « gamma »", await TextAsync(refused), StringComparison.Ordinal);
        Assert.Empty(await hubs.AlliancesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Alliance_proposal_should_be_forbidden_when_the_user_is_not_an_Admin(string provider)
    {
        await using var hubs = await AlliedHubs.CreateAsync(provider, allied: false);
        var editor = await hubs.EditorAsync(Alpha);

        var page = await editor.GetAsync("/alliances");
        var refused = await editor.PostFormAsync("/syndication", "/alliances", [new("hub", Beta)]);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(await hubs.AlliancesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Alliance_should_start_once_when_both_hubs_propose_it(string provider)
    {
        await using var hubs = await AlliedHubs.CreateAsync(provider, allied: false);
        var alpha = await hubs.AdminAsync(Alpha);
        var beta = await hubs.AdminAsync(Beta);

        var proposed = await alpha.PostFormAsync("/alliances", "/alliances", [new("hub", Beta)]);
        var crossed = await beta.PostFormAsync("/alliances", "/alliances", [new("hub", Alpha)]);
        var itself = await alpha.PostFormAsync("/alliances", "/alliances", [new("hub", Alpha)]);

        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, crossed.StatusCode);
        Assert.Contains("« alpha » a déjà proposé une alliance à ce média", await TextAsync(crossed), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, itself.StatusCode);
        Assert.Equal((int)AllianceState.Proposed, Assert.Single(await hubs.AlliancesAsync()).State);
    }
}
