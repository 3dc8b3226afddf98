using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

public sealed class SignupTests
{
    public static TheoryData<string> Providers() => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Signup_should_stay_pending_until_the_emailed_link_is_followed_then_confirm_once(string provider)
    {
        await using var h = await SubscriptionHost.StartAsync(provider);
        var client = h.Host.Client();

        var response = await SubscriptionHost.SubscribeAsync(client, "lea@reader.example", "hebdo", "mensuel");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var pending = await h.SubscriberAsync("lea@reader.example");
        Assert.All(pending!.Subscriptions, s => Assert.Equal(SubscriptionState.Pending, s.State));
        var message = Assert.Single(await h.WaitForMailAsync(1, "lea@reader.example"));
        Assert.Equal("lettre@energies.example", message.From.Mailboxes.Single().Address);
        Assert.Contains("La lettre hebdo", message.TextBody, StringComparison.Ordinal);
        var link = SubscriptionHost.ConfirmLink(message);

        var confirmed = await SubscriptionHost.FollowConfirmAsync(h.Host.Client(), link);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var subscriber = await h.SubscriberAsync("lea@reader.example");
        Assert.All(subscriber!.Subscriptions, s => Assert.Equal(SubscriptionState.Confirmed, s.State));
        var consent = await h.DbAsync(db => db.SubscriberConsents.AsNoTracking().SingleAsync());
        Assert.Equal("hebdo,mensuel", consent.Newsletters);
        Assert.Equal(ConsentSource.Api, consent.Source);
        Assert.NotNull(consent.ConfirmedUtc);
        Assert.Null(consent.Nonce);

        var reused = await SubscriptionHost.FollowConfirmAsync(h.Host.Client(), link);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
    }
}
