using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Data.Audit;
using OpinionAct.Media.Data.Deliverability;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.Newsletters;
using OpinionAct.Media.Web.Deliverability;

namespace OpinionAct.Media.IntegrationTests.Deliverability;

/// <summary>"Still interested?" campaigns by subscription age (issue 19, list hygiene), through the real SMTP sink.</summary>
public sealed partial class RepermissionTests : IAsyncLifetime
{
    private readonly AdjustableClock _clock = new();
    private DeliverabilityHub _hub = null!;

    public async Task InitializeAsync() => _hub = await DeliverabilityHub.CreateAsync(worker: false, clock: _clock);

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    /// <summary>A subscriber of the newsletter who confirmed <paramref name="daysAgo"/> days ago.</summary>
    private Task<int> SubscriberAsync(string email, int daysAgo, bool suppressed = false) => DbAsync(async db =>
    {
        var confirmed = _clock.GetUtcNow().UtcDateTime.AddDays(-daysAgo);
        var subscriber = new SubscriberRecord { Email = email, CreatedUtc = confirmed, SuppressedUtc = suppressed ? confirmed : null };
        subscriber.Subscriptions.Add(new SubscriptionRecord { NewsletterId = _hub.Newsletter, State = SubscriptionState.Confirmed, RequestedUtc = confirmed, ConfirmedUtc = confirmed });
        db.Subscribers.Add(subscriber);
        await db.SaveChangesAsync();
        return subscriber.Id;
    });

    private Task<T> DbAsync<T>(Func<TenantDbContext, Task<T>> work) => _hub.Seed.Content.InTenantAsync(sp => work(sp.GetRequiredService<TenantDbContext>()));

    private Task<SubscriptionState> StateAsync(string email) =>
        DbAsync(db => db.Subscriptions.Where(s => s.NewsletterId == _hub.Newsletter && db.Subscribers.Any(x => x.Id == s.SubscriberId && x.Email == email)).Select(s => s.State).SingleAsync());

    private Task<List<RepermissionCampaignRecord>> CampaignsAsync() => DbAsync(db => db.Set<RepermissionCampaignRecord>().AsNoTracking().ToListAsync());

    private Task<HttpResponseMessage> AskAsync(AdminClient editor, string action, string months = "12", string days = "14", string? newsletter = null) =>
        editor.PostFormAsync("/newsletters/hygiene", "/newsletters/hygiene/repermission",
        [
            new("Newsletter", newsletter ?? _hub.Newsletter.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("OlderThanMonths", months),
            new("AnswerWithinDays", days),
            new("action", action),
        ]);

    private static Uri KeepLink(MimeMessage message)
    {
        var match = KeepPattern().Match(message.TextBody ?? string.Empty);
        Assert.True(match.Success, "no confirmation link in: " + message.TextBody);
        return new Uri(match.Value);
    }

    [Fact]
    public async Task Campaign_should_keep_who_confirms_by_the_deadline_and_unsubscribe_who_was_asked_and_stayed_silent()
    {
        await SubscriberAsync("fidele@lecteurs.test", daysAgo: 500);
        await SubscriberAsync("silencieux@lecteurs.test", daysAgo: 400);
        await SubscriberAsync("parti@lecteurs.test", daysAgo: 380);
        await SubscriberAsync("recent@lecteurs.test", daysAgo: 30);
        await SubscriberAsync("rebond@lecteurs.test", daysAgo: 450, suppressed: true);
        var editor = await _hub.SignInAsync(DeliverabilityHub.Editor);

        var counted = await (await AskAsync(editor, "count")).Content.ReadAsStringAsync();
        var started = await AskAsync(editor, "start");
        var page = await started.Content.ReadAsStringAsync();
        await Eventually.TrueAsync(() => Task.FromResult(_hub.Sink.Count == 3), TimeSpan.FromSeconds(15), "three re-permission emails");
        var mail = _hub.Sink.Messages.ToDictionary(m => m.To.Mailboxes.Single().Address);

        Assert.Contains("3 abonné·e(s) seraient sollicité·e(s)", counted, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Contains("Campagne lancée : 3", page, StringComparison.Ordinal);
        Assert.Equal(["fidele@lecteurs.test", "parti@lecteurs.test", "silencieux@lecteurs.test"], mail.Keys.Order(StringComparer.Ordinal));
        var letter = mail["fidele@lecteurs.test"];
        var deadline = TimeZoneInfo.ConvertTime(_clock.GetUtcNow().AddDays(14), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        Assert.EndsWith(" : souhaitez-vous toujours recevoir La lettre du mardi ?", letter.Subject, StringComparison.Ordinal);
        Assert.Contains("Oui, je reste abonné·e", letter.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("parce que vous êtes abonné·e à « La lettre du mardi »", Regex.Replace(letter.TextBody!, @"\s+", " "), StringComparison.Ordinal);
        Assert.Contains("https://media.example/mail/newsletters/unsubscribe?token=", letter.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(deadline.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), letter.TextBody!.ReplaceLineEndings(" "), StringComparison.Ordinal);

        // The link outlives a signup confirmation's 48 hours: it works until the deadline.
        _clock.Advance(TimeSpan.FromDays(3));
        var kept = await SubscriptionHost.FollowConfirmAsync(_hub.Host.Client(), KeepLink(letter));
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Contains("La lettre du mardi", await kept.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Someone who unsubscribes during the campaign stays unsubscribed (counted with the silent ones: asked, no answer).
        var parti = await DbAsync(db => db.Subscribers.Where(s => s.Email == "parti@lecteurs.test").Select(s => s.Id).SingleAsync());
        await _hub.Seed.Content.InTenantAsync(async sp => { await sp.GetRequiredService<Web.Subscriptions.SubscriptionService>().UnsubscribeAsync(parti, _hub.Newsletter, default); return 0; });

        _clock.Advance(TimeSpan.FromDays(12));
        await _hub.Seed.Content.InTenantAsync(sp => sp.GetRequiredService<RepermissionService>().CloseDueAsync(default));
        var campaign = (await CampaignsAsync()).Single();
        var late = await _hub.Host.Client().GetAsync(KeepLink(mail["silencieux@lecteurs.test"]).PathAndQuery);

        Assert.Equal(SubscriptionState.Confirmed, await StateAsync("fidele@lecteurs.test"));
        Assert.Equal(SubscriptionState.Unsubscribed, await StateAsync("silencieux@lecteurs.test"));
        Assert.Equal(SubscriptionState.Unsubscribed, await StateAsync("parti@lecteurs.test"));
        Assert.Equal(SubscriptionState.Confirmed, await StateAsync("recent@lecteurs.test"));
        Assert.Equal(SubscriptionState.Confirmed, await StateAsync("rebond@lecteurs.test"));
        Assert.NotNull(campaign.ClosedUtc);
        Assert.Equal((3, 1, 2, 0), (campaign.Asked, campaign.Kept, campaign.Removed, campaign.NotReached));
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        var audit = await DbAsync(db => db.Set<AuditEntryRecord>().AsNoTracking().ToListAsync());
        Assert.Contains(audit, e => e.Action == AuditActions.RepermissionStarted && e.Actor == "editor@mail.test" && e.Detail.StartsWith($"campaign {campaign.Id}: 3 subscriber(s)", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Action == AuditActions.RepermissionClosed && e.Detail.StartsWith("1 kept, 2 unsubscribed", StringComparison.Ordinal));
        var silentProof = await DbAsync(db => db.SubscriberConsents.AsNoTracking().SingleAsync(c => c.RepermissionCampaignId == campaign.Id && c.SubscriberId == db.Subscribers.Single(s => s.Email == "silencieux@lecteurs.test").Id));
        Assert.Equal(ConsentSource.Repermission, silentProof.Source);
        Assert.Null(silentProof.ConfirmedUtc);
        Assert.NotNull(silentProof.ConfirmationMailedUtc);
        Assert.Contains("La lettre du mardi", silentProof.ConsentText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Campaign_should_be_refused_with_a_reason_and_nothing_created_for_each_bad_input()
    {
        await SubscriberAsync("recent@lecteurs.test", daysAgo: 30);
        var editor = await _hub.SignInAsync(DeliverabilityHub.Editor);

        var months = await AskAsync(editor, "start", months: "0");
        var days = await AskAsync(editor, "start", days: "3");
        var notANumber = await AskAsync(editor, "start", days: "beaucoup");
        var unknown = await AskAsync(editor, "start", newsletter: "999");
        var nobody = await AskAsync(editor, "start");

        Assert.All(new[] { months, days, notANumber, unknown, nobody }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Contains("Sollicitez les abonnés de plus de 1 à 120 mois.", await months.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("entre 7 et 90 jours", await days.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("entre 7 et 90 jours", await notANumber.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Choisissez une des lettres de ce site.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("personne à solliciter", await nobody.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await CampaignsAsync());

        // While complaints pause sending, no campaign starts.
        await SubscriberAsync("ancien@lecteurs.test", daysAgo: 800);
        await _hub.Seed.Content.InTenantAsync(sp => sp.GetRequiredService<ListHygieneStore>().PauseSendingAsync(5, 600, DateTime.UtcNow, default));
        var paused = await AskAsync(editor, "start");
        Assert.Equal(HttpStatusCode.BadRequest, paused.StatusCode);
        Assert.Contains("reprenez-le avant de solliciter", await paused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await CampaignsAsync());
        await _hub.Seed.Content.InTenantAsync(sp => sp.GetRequiredService<ListHygieneStore>().ResumeSendingAsync("admin@mail.test", DateTime.UtcNow, default));

        // A second campaign for the same newsletter waits for the first one's deadline.
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(editor, "start")).StatusCode);
        var twice = await AskAsync(editor, "start");
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("est encore en cours", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await CampaignsAsync());
        Assert.Equal(1, await DbAsync(db => db.SubscriberConsents.CountAsync(c => c.Source == ConsentSource.Repermission)));
    }

    [GeneratedRegex(@"https://media\.example/mail/newsletters/confirm\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex KeepPattern();
}
