using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Deliverability;

/// <summary>
/// Issue 19: the DNS assistant on the sending domains page, asking a real DnsClient resolver pointed at a loopback DNS
/// server: a domain set up right, one with nothing published, one whose DNS does not answer.
/// </summary>
public sealed partial class DnsAssistantTests : IAsyncDisposable
{
    private DeliverabilityHub? _hub;

    public async ValueTask DisposeAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
    }

    [Fact]
    public async Task Assistant_should_pass_a_domain_whose_records_are_published_and_keep_answers_until_asked_again()
    {
        var hub = _hub = await DeliverabilityHub.CreateAsync();
        var key = await hub.KeyAsync("printemps");
        hub.Dns.Publish("energies.example", "v=spf1 a:smtp.energies.example ~all");
        hub.Dns.Publish("energies.example", "google-site-verification=abc");
        hub.Dns.Publish(key.RecordName, key.RecordValue);
        hub.Dns.Publish("_dmarc.energies.example", "v=DMARC1; p=quarantine; adkim=s; rua=mailto:dmarc@energies.example");
        var admin = await hub.SignInAsync();

        var unchecked_ = await admin.PageAsync("/mail/domains");
        var asked = hub.Dns.Queries.Count;
        var section = DeliverabilityHub.DomainSection(await admin.PageAsync("/mail/domains?check=1"));
        var afterFirst = hub.Dns.Queries.Count;
        await admin.PageAsync("/mail/domains?check=1");
        var afterKept = hub.Dns.Queries.Count;
        await admin.PageAsync("/mail/domains?check=1&fresh=1");

        Assert.Equal(0, asked);
        Assert.Contains("Vérifier le DNS", unchecked_, StringComparison.Ordinal);
        Assert.Contains("data-verdict=\"Pass\"", section, StringComparison.Ordinal);
        Assert.Contains("Le courrier de energies.example passerait DMARC : il est signé avec la clé printemps", section, StringComparison.Ordinal);
        Assert.Equal(["Ok", "Ok", "Ok"], States(section));
        Assert.Contains("v=spf1 a:smtp.energies.example ~all", section, StringComparison.Ordinal);
        Assert.Contains("Politique p=quarantine ; alignement DKIM adkim=s", section, StringComparison.Ordinal);
        Assert.Contains("_dmarc.energies.example", hub.Dns.Queries);
        Assert.Contains("printemps._domainkey.energies.example", hub.Dns.Queries);
        Assert.Equal(afterFirst, afterKept);
        Assert.True(hub.Dns.Queries.Count > afterKept, "Check again asks the DNS anew");
    }

    [Fact]
    public async Task Assistant_should_say_what_to_publish_when_nothing_is_published()
    {
        var hub = _hub = await DeliverabilityHub.CreateAsync();
        var key = await hub.KeyAsync("printemps");
        var admin = await hub.SignInAsync();

        var html = await admin.PageAsync("/mail/domains?check=1");
        var section = WebUtility.HtmlDecode(DeliverabilityHub.DomainSection(html));

        Assert.Contains("data-verdict=\"Fail\"", section, StringComparison.Ordinal);
        Assert.Contains("Le courrier de energies.example échouerait à l'alignement DMARC : l'enregistrement DKIM printemps._domainkey.energies.example manque", section, StringComparison.Ordinal);
        Assert.Equal(["Missing", "Missing", "Missing"], States(section));
        Assert.Contains("Aucun enregistrement SPF", section, StringComparison.Ordinal);
        // The SMTP server of the tests is 127.0.0.1, which says nothing about the provider: a template to fill in.
        Assert.Contains("v=spf1 include:<provider-spf-domain> ~all", section, StringComparison.Ordinal);
        Assert.Contains($"À publier (enregistrement TXT sur {key.RecordName}) :", section, StringComparison.Ordinal);
        Assert.Contains(key.RecordValue, section, StringComparison.Ordinal);
        Assert.Contains("v=DMARC1; p=none; rua=mailto:dmarc-reports@energies.example", section, StringComparison.Ordinal);
        Assert.Contains("passez à p=quarantine", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assistant_should_report_not_checked_when_the_dns_does_not_answer_and_never_missing()
    {
        var hub = _hub = await DeliverabilityHub.CreateAsync(dnsTimeout: TimeSpan.FromSeconds(1));
        await hub.KeyAsync("printemps");
        hub.Dns.Silent = true;
        var admin = await hub.SignInAsync();

        var clock = Stopwatch.StartNew();
        var html = await admin.PageAsync("/mail/domains?check=1");
        var took = clock.Elapsed;
        var section = WebUtility.HtmlDecode(DeliverabilityHub.DomainSection(html));
        hub.Dns.Silent = false;
        hub.Dns.Publish("energies.example", "v=spf1 -all");
        var again = WebUtility.HtmlDecode(DeliverabilityHub.DomainSection(await admin.PageAsync("/mail/domains?check=1")));

        Assert.Equal(["NotChecked", "NotChecked", "NotChecked"], States(section));
        Assert.Contains("Vérification impossible : le DNS n'a pas répondu en 1 s. Réessayez dans un instant.", section, StringComparison.Ordinal);
        Assert.Contains("data-verdict=\"Unknown\"", section, StringComparison.Ordinal);
        Assert.DoesNotContain("À publier", section, StringComparison.Ordinal);
        // Lookups run side by side, each bounded by the time-out: the page is not held for the sum of them.
        Assert.True(took < TimeSpan.FromSeconds(8), $"the page took {took}");
        // A time-out is not kept: the next check asks again and gets the answer.
        Assert.Equal(["Ok", "Missing", "Missing"], States(again));
    }

    [Fact]
    public async Task Assistant_should_show_what_anyone_published_encoded()
    {
        var hub = _hub = await DeliverabilityHub.CreateAsync();
        hub.Dns.Publish("energies.example", "v=spf1 <script>alert(1)</script> -all");
        hub.Dns.Publish("energies.example", "v=spf1 +all");
        var admin = await hub.SignInAsync();

        var section = DeliverabilityHub.DomainSection(await admin.PageAsync("/mail/domains?check=1"));

        Assert.Equal("Invalid", States(section)[0]);
        Assert.DoesNotContain("<script>", section, StringComparison.Ordinal);
        Assert.Contains("v=spf1 &lt;script&gt;alert(1)&lt;/script&gt; -all", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue_page_should_warn_before_sending_when_alignment_would_fail_and_still_send()
    {
        var hub = _hub = await DeliverabilityHub.CreateAsync();
        await hub.Seed.SubscribersAsync(hub.Newsletter, 2);
        var issue = await hub.Seed.IssueAsync(hub.Newsletter);
        var editor = await hub.SignInAsync(DeliverabilityHub.Editor);
        var admin = await hub.SignInAsync();

        var noKeyForEditor = WebUtility.HtmlDecode(await editor.PageAsync($"/issues/{issue}"));
        var noKeyForAdmin = await admin.PageAsync($"/issues/{issue}");
        var key = await hub.KeyAsync("printemps");
        var unpublished = WebUtility.HtmlDecode(await editor.PageAsync($"/issues/{issue}"));
        // A rotation: the new key's record is published before anything looked it up (the missing one is kept a few minutes).
        var rotated = await hub.KeyAsync("ete");
        hub.Dns.Publish(rotated.RecordName, rotated.RecordValue);
        var published = await admin.PageAsync($"/issues/{issue}");
        var sent = await editor.PostFormAsync($"/issues/{issue}", $"/issues/{issue}",
            [new("IssueNewsletter", hub.Newsletter.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Subject", "Le réseau sous tension"), new("Markdown", "Bonjour."), new("action", "send")]);

        Assert.Contains("id=\"alignment-warning\"", noKeyForEditor, StringComparison.Ordinal);
        Assert.Contains("Avant d'envoyer : Le courrier de energies.example échouerait à l'alignement DMARC : il n'est pas signé (aucune clé DKIM).", noKeyForEditor, StringComparison.Ordinal);
        Assert.Contains("Un administrateur peut y remédier", noKeyForEditor, StringComparison.Ordinal);
        Assert.Contains("/mail/admin/mail/domains?check=1", noKeyForAdmin, StringComparison.Ordinal);
        Assert.Contains("l'enregistrement DKIM printemps._domainkey.energies.example manque ou ne contient pas la clé de ce site", unpublished, StringComparison.Ordinal);
        Assert.Contains(key.RecordName, hub.Dns.Queries);
        Assert.DoesNotContain("id=\"alignment-warning\"", published, StringComparison.Ordinal);
        Assert.Contains("name=\"action\" value=\"send\"", published, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("done=queued", sent.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static List<string> States(string section) => StatePattern().Matches(section).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<tr data-record=\"[^\"]+\" data-state=\"(\\w+)\"")]
    private static partial Regex StatePattern();
}
