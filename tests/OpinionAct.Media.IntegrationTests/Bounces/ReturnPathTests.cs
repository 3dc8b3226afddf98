using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using MimeKit.Cryptography;
using OpinionAct.Media.Data.Bounces;
using OpinionAct.Media.Deliverability;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Deliverability;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.Newsletters;
using OpinionAct.Media.Web.Bounces;
using OpinionAct.Media.Web.Deliverability;

namespace OpinionAct.Media.IntegrationTests.Bounces;

/// <summary>Issue 19: the envelope sender (MAIL FROM) is the tenant's bounce address, per recipient with VERP for issues.</summary>
public sealed partial class ReturnPathTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Issue_should_go_out_from_verp_addresses_naming_each_recipient_and_stay_dkim_signed_when_verp_is_on()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var sink = new ScriptedSmtpServer();
        await using var host = IssueSendingTests.Host(storage, sink.Settings(), more: ("Media:Bounces:Enabled", "false"));
        var seed = new IssueSeed(host, await host.CreateTenantAsync(prefix: "signee"));
        var newsletter = await seed.NewsletterAsync();
        var ids = await seed.SubscribersAsync(newsletter, 3);
        await SaveAsync(seed.Content, new BounceSettingsDraft { ReturnPath = BounceFixture.ReturnPath, Verp = true });
        var dkim = await CliRunner.RunAsync(storage, "dkim", "create", "--domain", "energies.example", "--json", "--tenant", seed.Tenant);
        var key = JsonSerializer.Deserialize<DkimKeyView>(dkim.Out, Json)!;
        await using var server = new LoopbackDnsServer();
        server.Publish(key.RecordName, key.RecordValue);
        var dns = new DnsDkimKeys(server);

        var issue = await seed.IssueAsync(newsletter);
        await seed.QueueAsync(issue);
        await seed.SentAsync(issue);
        await Eventually.TrueAsync(() => Task.FromResult(sink.Count >= 3), TimeSpan.FromSeconds(10), "three messages reach the sink");

        var verpKey = await seed.Content.InTenantAsync(async sp =>
            sp.GetRequiredService<ReturnPaths>().VerpKey(await sp.GetRequiredService<BounceStore>().GetSettingsAsync(default), seed.Tenant)!);
        foreach (var (sender, recipient) in sink.Envelopes)
        {
            var match = VerpAddress().Match(sender);
            Assert.True(match.Success, sender);
            Assert.True(match.Groups[1].Value.Length + "bounces+".Length <= 64);
            Assert.Equal(VerpCheck.Valid, VerpToken.Verify(verpKey, match.Groups[1].Value, out var subscriber, out var issueId));
            Assert.Equal(IssueSeed.Address(ids.IndexOf(subscriber)), recipient);
            Assert.Equal(issue, issueId);
        }

        Assert.Equal(3, sink.Envelopes.Count);
        foreach (var message in sink.Messages)
        {
            Assert.True(await new DkimVerifier(dns).VerifyAsync(message, message.Headers[message.Headers.IndexOf(HeaderId.DkimSignature)]), "DKIM still verifies");
        }
    }

    [Fact]
    public async Task Confirmation_should_go_out_from_the_plain_bounce_address_once_one_is_set()
    {
        await using var sink = new ScriptedSmtpServer();
        var settings = sink.Settings().ToDictionary(kv => kv.Key, kv => kv.Value);
        settings["Media:Bounces:Enabled"] = "false";
        await using var h = await SubscriptionHost.StartAsync(overrides: settings);

        await SubscriptionHost.SubscribeAsync(h.Host.Client(), "avant@example.org", "hebdo");
        await Eventually.TrueAsync(() => Task.FromResult(sink.Count == 1), TimeSpan.FromSeconds(15), "the first confirmation");
        await SaveAsync(h.Seed, new BounceSettingsDraft { ReturnPath = BounceFixture.ReturnPath, Verp = true });
        await SubscriptionHost.SubscribeAsync(h.Host.Client(), "apres@example.org", "hebdo");
        await Eventually.TrueAsync(() => Task.FromResult(sink.Count == 2), TimeSpan.FromSeconds(15), "the second confirmation");

        Assert.Equal([("lettre@energies.example", "avant@example.org"), (BounceFixture.ReturnPath, "apres@example.org")], sink.Envelopes);
    }

    [Fact]
    public async Task Bounce_settings_should_be_refused_whole_with_reasons_and_never_show_the_password()
    {
        await using var h = await SubscriptionHost.StartAsync(overrides: new Dictionary<string, string?> { ["Media:Bounces:Enabled"] = "false" });
        await AdminClient.AddUserAsync(h.Storage, h.Tenant, "admin@brand.example", "Admin");
        var admin = await AdminClient.SignInAsync(h.Host.Client(), "brand", "admin@brand.example");

        var noAddress = await admin.PostFormAsync("/mail", "/mail/bounces", [new("Verp", "true"), new("ImapHost", "imap.energies.example"), new("ImapPort", "70000"), new("ImapTlsMode", "Tls"), new("ImapFolder", "INBOX"), new("AfterProcessing", "move"), new("ProcessedFolder", "Processed")]);
        var longLocal = await admin.PostFormAsync("/mail", "/mail/bounces", [new("ReturnPath", new string('b', 40) + "@energies.example"), new("Verp", "true"), new("ImapTlsMode", "Tls"), new("ImapFolder", "INBOX"), new("AfterProcessing", "move"), new("ProcessedFolder", "inbox")]);
        var noAddressPage = await noAddress.Content.ReadAsStringAsync();
        var longLocalPage = await longLocal.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity), (noAddress.StatusCode, longLocal.StatusCode));
        Assert.Contains("est obligatoire pour VERP", noAddressPage, StringComparison.Ordinal);
        Assert.Contains("doit être compris entre 1 et 65535", noAddressPage, StringComparison.Ordinal);
        Assert.Contains("au plus 33 caractères", longLocalPage, StringComparison.Ordinal);
        Assert.Contains("doit être différent du dossier", longLocalPage, StringComparison.Ordinal);
        Assert.False(await h.DbAsync(db => db.BounceSettings.AnyAsync()));

        var saved = await admin.PostFormAsync("/mail", "/mail/bounces", [new("ReturnPath", "Bounces@Energies.example"), new("Verp", "true"), new("ImapHost", "imap.energies.example"), new("ImapTlsMode", "Tls"), new("ImapUserName", "bounces"), new("ImapPassword", "imap-s3cret"), new("ImapFolder", "INBOX"), new("AfterProcessing", "delete"), new("ProcessedFolder", "Processed")]);
        var page = await admin.PageAsync("/mail");
        var stored = await h.DbAsync(db => db.BounceSettings.AsNoTracking().SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("imap-s3cret", page, StringComparison.Ordinal);
        Assert.Contains("Pas encore lue", page, StringComparison.Ordinal);
        Assert.Equal(("bounces@energies.example", true, false), (stored.ReturnPath, stored.Verp, stored.MoveProcessed));
        Assert.DoesNotContain("imap-s3cret", stored.ImapPasswordProtected, StringComparison.Ordinal);
        Assert.NotNull(stored.VerpKeyProtected);
    }

    private static Task<bool> SaveAsync(ContentSeed seed, BounceSettingsDraft draft) => seed.InTenantAsync(async sp =>
    {
        await sp.GetRequiredService<BounceSettingsService>().SaveAsync(draft, BounceFixture.Admin, default);
        return true;
    });

    [GeneratedRegex(@"^bounces\+([a-z0-9-]+)@energies\.example$")]
    private static partial Regex VerpAddress();
}
