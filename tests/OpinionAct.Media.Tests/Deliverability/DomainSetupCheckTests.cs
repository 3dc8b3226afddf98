using OpinionAct.Media.Deliverability;
using OpinionAct.Media.Localization;

namespace OpinionAct.Media.Tests.Deliverability;

/// <summary>Issue 19: the DNS assistant's rules for SPF, DKIM, DMARC and alignment, on answers made up here.</summary>
public sealed class DomainSetupCheckTests
{
    private const string Domain = "energies.example";
    private const string PublicKey = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdx+IkHZ7A0aUBjG6s8+5DQWPrMMiVn4DuVr1RPOZVdwqfgOj1MNOp3FNnAN8SG9o9sqAMBdEKDyNpTFqVmCpYE3h+b7RaaO5FNEUsY2A0jcdTtdUc+ZnOWqD8YnOKyHnnx4xVNZgtQIDAQAB";

    private static readonly DkimKeyFacts Signing = new("printemps", $"printemps._domainkey.{Domain}", $"v=DKIM1; k=rsa; p={PublicKey}", Signing: true);

    private static readonly DkimKeyFacts Retired = new("hiver", $"hiver._domainkey.{Domain}", "v=DKIM1; k=rsa; p=MIIBretiredkey", Signing: false);

    private static DomainSetupReport Check(TxtAnswer? spf = null, IReadOnlyList<DkimLookup>? dkim = null, IReadOnlyList<DmarcLookup>? dmarc = null, string? smtpHost = "smtp.relay.example", string domain = Domain) =>
        DomainSetupCheck.Evaluate(new DomainSetupInput(domain, smtpHost, 3, spf ?? TxtAnswer.None, dkim ?? [], dmarc ?? [new($"_dmarc.{domain}", TxtAnswer.None)]));

    [Fact]
    public void Spf_should_be_missing_with_a_template_for_the_smtp_host_when_no_record_is_published()
    {
        var report = Check(TxtAnswer.Of(["google-site-verification=abc"]));

        Assert.Equal(FindingState.Missing, report.Spf.State);
        Assert.Equal("v=spf1 a:smtp.relay.example ~all", report.Spf.Publish);
        Assert.Equal("dns.spf.template_host", report.Spf.Advice!.Key);
    }

    [Theory]
    [InlineData(null, "v=spf1 include:<provider-spf-domain> ~all")]
    [InlineData("127.0.0.1", "v=spf1 include:<provider-spf-domain> ~all")]
    [InlineData("localhost", "v=spf1 include:<provider-spf-domain> ~all")]
    [InlineData("203.0.113.7", "v=spf1 ip4:203.0.113.7 ~all")]
    [InlineData("2001:db8::25", "v=spf1 ip6:2001:db8::25 ~all")]
    [InlineData("Mail.Provider.Example.", "v=spf1 a:mail.provider.example ~all")]
    public void Spf_template_should_follow_what_the_smtp_host_is(string? host, string template) =>
        Assert.Equal(template, DomainSetupCheck.SpfTemplate(host).Template);

    [Fact]
    public void Spf_should_be_ok_when_one_record_ends_with_a_soft_fail()
    {
        var report = Check(TxtAnswer.Of(["v=spf1 a:smtp.relay.example ", "~all"], ["other"]));

        Assert.Equal(FindingState.Ok, report.Spf.State);
        Assert.Equal(["v=spf1 a:smtp.relay.example ~all"], report.Spf.Published);
        Assert.Equal(new DnsText("dns.spf.ok_host", "smtp.relay.example"), report.Spf.Message);
    }

    [Fact]
    public void Spf_should_be_invalid_when_two_records_are_published()
    {
        var report = Check(TxtAnswer.Of(["v=spf1 mx -all"], ["V=SPF1 include:_spf.provider.example ~all"]));

        Assert.Equal(FindingState.Invalid, report.Spf.State);
        Assert.Equal("dns.spf.several", report.Spf.Message.Key);
        Assert.Equal(2, report.Spf.Published.Count);
    }

    [Theory]
    [InlineData("v=spf1 +all", "dns.spf.pass_all")]
    [InlineData("v=spf1 mx all", "dns.spf.pass_all")]
    [InlineData("v=spf1 mx ?all", "dns.spf.neutral")]
    public void Spf_should_warn_when_it_lets_anyone_send(string record, string key)
    {
        var report = Check(TxtAnswer.Of([record]));

        Assert.Equal(FindingState.Warning, report.Spf.State);
        Assert.Equal(key, report.Spf.Message.Key);
    }

    [Fact]
    public void Spf_should_not_mistake_a_longer_version_for_spf1() =>
        Assert.False(DomainSetupCheck.IsSpf("v=spf10 -all"));

    [Fact]
    public void Dkim_should_match_a_key_split_into_strings_and_folded_with_whitespace()
    {
        var published = $"v=DKIM1; k=rsa; p={PublicKey[..100]} {PublicKey[100..200]}\t{PublicKey[200..]}";
        var strings = published.Chunk(255).Select(c => new string(c)).ToArray();
        var report = Check(dkim: [new(Signing, TxtAnswer.Of(strings))], dmarc: []);

        Assert.True(strings.Length > 1);
        Assert.Equal(FindingState.Ok, report.Dkim.Single().State);
        Assert.Equal(DmarcVerdict.Pass, report.Verdict);
        Assert.Equal(new DnsText("dns.verdict.pass", Domain, "printemps"), report.VerdictText);
    }

    [Fact]
    public void Dkim_should_be_missing_with_the_record_to_publish_and_alignment_should_fail()
    {
        var report = Check(dkim: [new(Signing, TxtAnswer.None)]);

        Assert.Equal(FindingState.Missing, report.Dkim.Single().State);
        Assert.Equal(Signing.RecordName, report.Dkim.Single().Name);
        Assert.Equal(Signing.RecordValue, report.Dkim.Single().Publish);
        Assert.Equal(DmarcVerdict.Fail, report.Verdict);
    }

    [Theory]
    [InlineData("v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAother")]
    [InlineData("v=DKIM1; k=rsa; p=")]
    public void Dkim_should_be_invalid_when_the_record_holds_another_or_a_revoked_key(string record)
    {
        var report = Check(dkim: [new(Signing, TxtAnswer.Of([record]))]);

        Assert.Equal(FindingState.Invalid, report.Dkim.Single().State);
        Assert.Equal("dns.dkim.different", report.Dkim.Single().Message.Key);
        Assert.Equal(DmarcVerdict.Fail, report.Verdict);
    }

    [Fact]
    public void Retired_key_should_be_fine_whether_its_record_is_gone_or_still_published()
    {
        var gone = Check(dkim: [new(Signing, TxtAnswer.Of([Signing.RecordValue])), new(Retired, TxtAnswer.None)]);
        var kept = Check(dkim: [new(Retired, TxtAnswer.Of([Retired.RecordValue])), new(Signing, TxtAnswer.Of([Signing.RecordValue]))]);

        Assert.Equal([FindingState.Ok, FindingState.Ok], gone.Dkim.Select(f => f.State));
        Assert.Equal("dns.dkim.retired_gone", gone.Dkim[1].Message.Key);
        Assert.Equal("dns.dkim.retired_published", kept.Dkim[1].Message.Key);
        Assert.Equal(Signing.RecordName, kept.Dkim[0].Name);
    }

    [Fact]
    public void Domain_without_a_key_should_fail_alignment_without_any_lookup()
    {
        var report = Check();

        Assert.Equal(FindingState.Missing, report.Dkim.Single().State);
        Assert.Equal(new DnsText("dns.verdict.no_key", Domain), report.VerdictText);
        Assert.Equal(DmarcVerdict.Fail, report.Verdict);
    }

    [Fact]
    public void Timed_out_lookups_should_be_not_checked_never_missing()
    {
        var report = Check(TxtAnswer.TimedOut, [new(Signing, TxtAnswer.TimedOut)], [new($"_dmarc.{Domain}", TxtAnswer.TimedOut)]);

        Assert.Equal(FindingState.NotChecked, report.Spf.State);
        Assert.Equal(FindingState.NotChecked, report.Dkim.Single().State);
        Assert.Equal(FindingState.NotChecked, report.Dmarc.State);
        Assert.Null(report.Spf.Publish);
        Assert.Null(report.Dmarc.Publish);
        Assert.Equal(new DnsText("dns.not_checked.timeout", "3"), report.Spf.Message);
        Assert.Equal(DmarcVerdict.Unknown, report.Verdict);
    }

    [Fact]
    public void Dns_error_should_be_not_checked_with_the_servers_answer()
    {
        var report = Check(TxtAnswer.Failure("ServerFailure"));

        Assert.Equal(new DnsText("dns.not_checked.error", "ServerFailure"), report.Spf.Message);
    }

    [Fact]
    public void Dmarc_walk_should_ask_the_domain_then_each_parent_down_to_two_labels() =>
        Assert.Equal(["_dmarc.lettre.energies.example.fr", "_dmarc.energies.example.fr", "_dmarc.example.fr"], DomainSetupCheck.DmarcNames("Lettre.Energies.Example.FR."));

    [Fact]
    public void Dmarc_should_read_policy_and_alignment_modes()
    {
        var report = Check(dmarc: [new($"_dmarc.{Domain}", TxtAnswer.Of(["v=spf1 -all"], ["v=DMARC1; p=none; adkim=s; rua=mailto:d@energies.example"]))]);

        Assert.Equal(FindingState.Ok, report.Dmarc.State);
        Assert.Equal(new DnsText("dns.dmarc.ok", "none", "s", "r"), report.Dmarc.Message);
        Assert.Equal("dns.dmarc.move_on", report.Dmarc.Advice!.Key);
    }

    [Fact]
    public void Dmarc_found_at_a_parent_should_apply_its_subdomain_policy()
    {
        var report = Check(domain: "lettre.energies.example", dmarc:
        [
            new("_dmarc.lettre.energies.example", TxtAnswer.None),
            new("_dmarc.energies.example", TxtAnswer.Of(["v=DMARC1; p=reject; sp=quarantine"])),
        ]);

        Assert.Equal(new DnsText("dns.dmarc.ok_parent", "quarantine", "r", "r", "_dmarc.energies.example"), report.Dmarc.Message);
        Assert.Null(report.Dmarc.Advice);
    }

    [Fact]
    public void Dmarc_should_be_missing_with_a_monitoring_record_to_start_with()
    {
        var report = Check(dmarc: [new($"_dmarc.{Domain}", TxtAnswer.Of(["v=DMARC2; p=reject"]))]);

        Assert.Equal(FindingState.Missing, report.Dmarc.State);
        Assert.Equal($"_dmarc.{Domain}", report.Dmarc.Name);
        Assert.Equal($"v=DMARC1; p=none; rua=mailto:dmarc-reports@{Domain}", report.Dmarc.Publish);
        Assert.Equal("dns.dmarc.start", report.Dmarc.Advice!.Key);
    }

    [Theory]
    [InlineData("v=DMARC1; p=maybe", "dns.dmarc.no_policy")]
    [InlineData("v=DMARC1; rua=mailto:d@energies.example", "dns.dmarc.no_policy")]
    public void Dmarc_without_a_valid_policy_should_be_invalid(string record, string key)
    {
        var report = Check(dmarc: [new($"_dmarc.{Domain}", TxtAnswer.Of([record]))]);

        Assert.Equal(FindingState.Invalid, report.Dmarc.State);
        Assert.Equal(key, report.Dmarc.Message.Key);
    }

    [Fact]
    public void Dmarc_walk_should_end_at_a_record_or_an_answer_that_says_nothing()
    {
        Assert.True(DomainSetupCheck.EndsDmarcWalk(TxtAnswer.Of(["v=DMARC1; p=none"])));
        Assert.True(DomainSetupCheck.EndsDmarcWalk(TxtAnswer.TimedOut));
        Assert.False(DomainSetupCheck.EndsDmarcWalk(TxtAnswer.Of(["v=spf1 -all"])));
        Assert.False(DomainSetupCheck.EndsDmarcWalk(TxtAnswer.None));
    }

    /// <summary>Every sentence the rules can choose exists in both languages, with as many placeholders as values given.</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void Every_assistant_sentence_should_read_in_french_and_english(string language)
    {
        var reports = new[]
        {
            Check(TxtAnswer.Of(["v=spf1 +all"]), [new(Signing, TxtAnswer.Of([Signing.RecordValue])), new(Retired, TxtAnswer.Of(["v=DKIM1; p=other"]))], [new($"_dmarc.{Domain}", TxtAnswer.Of(["v=DMARC1; p=none"]))]),
            Check(TxtAnswer.TimedOut, [new(Signing, TxtAnswer.Failure("Refused"))], [new($"_dmarc.{Domain}", TxtAnswer.TimedOut)], smtpHost: null),
            Check(TxtAnswer.Of(["v=spf1 ?all"], ["v=spf1 -all"]), [new(Signing, TxtAnswer.None)]),
            Check(TxtAnswer.Of(["v=spf1 -all"]), smtpHost: "203.0.113.7"),
            Check(domain: "a.energies.example", dmarc: [new("_dmarc.a.energies.example", TxtAnswer.Of(["v=DMARC1; p=x"], ["v=DMARC1; p=none"]))]),
        };
        var text = UiText.For(UiTextArea.Admin, language);
        var sentences = reports.SelectMany(r => new[] { r.Spf, r.Dmarc }.Concat(r.Dkim)
            .SelectMany(f => new[] { f.Message, f.Advice }).Append(r.VerdictText)).OfType<DnsText>().ToList();

        Assert.True(sentences.Select(s => s.Key).Distinct().Count() >= 12);
        foreach (var sentence in sentences)
        {
            var said = text.Format(sentence.Key, [.. sentence.Args]);
            Assert.DoesNotContain("[[", said, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\{\d\}", said);
            Assert.All(sentence.Args, a => Assert.Contains(a, said, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void French_sentences_should_keep_their_accents() =>
        Assert.Equal("Vérification impossible : le DNS n'a pas répondu en 3 s. Réessayez dans un instant.", UiText.For(UiTextArea.Admin, "fr").Format("dns.not_checked.timeout", "3"));
}
