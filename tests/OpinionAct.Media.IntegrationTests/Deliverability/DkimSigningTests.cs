using System.Text.Json;
using MimeKit;
using MimeKit.Cryptography;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.Newsletters;
using OpinionAct.Media.Web.Deliverability;

namespace OpinionAct.Media.IntegrationTests.Deliverability;

/// <summary>
/// Issue 19: a hub's DKIM keys made with the CLI sign what it sends; a receiving server's check, reading the published
/// record from a (loopback) DNS server, passes, and fails on a changed message.
/// </summary>
public sealed class DkimSigningTests : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private TestStorage _storage = null!;
    private SmtpSink _sink = null!;
    private LoopbackDnsServer _dns = null!;
    private MediaHost _host = null!;
    private IssueSeed _seed = null!;
    private int _newsletter;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _sink = new SmtpSink();
        _dns = new LoopbackDnsServer();
        _host = IssueSendingTests.Host(_storage, _sink.Settings());
        _seed = new IssueSeed(_host, await _host.CreateTenantAsync(prefix: "signee"));
        _newsletter = await _seed.NewsletterAsync();
        await _seed.SubscribersAsync(_newsletter, 3);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _sink.Dispose();
        await _dns.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Sent_issue_should_carry_a_signature_that_verifies_against_the_published_record()
    {
        var key = await CreateAsync("dkim", "create", "--domain", "energies.example");
        _dns.Publish(key.RecordName, key.RecordValue);
        var dns = new DnsDkimKeys(_dns);

        var messages = await SendIssueAsync();

        Assert.Equal(3, messages.Count);
        foreach (var message in messages)
        {
            Assert.Contains($"s={key.Selector}", message.Headers[HeaderId.DkimSignature], StringComparison.Ordinal);
            Assert.Contains("d=energies.example", message.Headers[HeaderId.DkimSignature], StringComparison.Ordinal);
            Assert.True(await VerifyAsync(message, dns), "the DKIM signature verifies");
        }

        var changed = messages[0];
        changed.Subject = "Un autre sujet";
        Assert.False(await VerifyAsync(changed, dns), "a changed subject breaks the signature");
    }

    [Fact]
    public async Task Rotation_should_sign_with_the_new_selector_and_keep_the_old_key_listed_as_retired()
    {
        var first = await CreateAsync("dkim", "create", "--domain", "energies.example", "--selector", "hiver");
        var second = await CreateAsync("dkim", "rotate", "--domain", "energies.example", "--selector", "printemps");
        _dns.Publish(second.RecordName, second.RecordValue);
        var dns = new DnsDkimKeys(_dns);

        var messages = await SendIssueAsync();
        var list = JsonSerializer.Deserialize<List<DkimKeyView>>((await RunAsync("dkim", "list", "--json")).Out, Json)!;

        Assert.NotEqual(first.RecordValue, second.RecordValue);
        Assert.All(messages, m => Assert.Contains("s=printemps", m.Headers[HeaderId.DkimSignature], StringComparison.Ordinal));
        Assert.True(await VerifyAsync(messages[0], dns));
        Assert.Equal([("hiver", false), ("printemps", true)], list.Select(k => (k.Selector, k.Signing)).Order());
    }

    [Fact]
    public async Task Hub_without_a_key_should_send_unsigned_mail()
    {
        var messages = await SendIssueAsync();

        Assert.All(messages, m => Assert.False(m.Headers.Contains(HeaderId.DkimSignature)));
    }

    [Theory]
    [InlineData("does not send from 'autre.example'", "dkim", "create", "--domain", "autre.example")]
    [InlineData("is not a valid selector", "dkim", "create", "--domain", "energies.example", "--selector", "mauvais_sélecteur")]
    [InlineData("no DKIM key for energies.example to rotate", "dkim", "rotate", "--domain", "energies.example")]
    [InlineData("No DKIM key 'absent'", "dkim", "remove", "--domain", "energies.example", "--selector", "absent")]
    public async Task Bad_input_should_be_refused_with_a_reason_and_create_no_key(string reason, params string[] args)
    {
        var refused = await RunAsync(args);
        var list = await RunAsync("dkim", "list", "--json");

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains(reason, refused.Error, StringComparison.Ordinal);
        Assert.Equal("[]", list.Out.Trim());
    }

    [Fact]
    public async Task Selector_already_used_for_the_domain_should_be_refused()
    {
        await CreateAsync("dkim", "create", "--domain", "energies.example", "--selector", "hiver");

        var again = await RunAsync("dkim", "rotate", "--domain", "energies.example", "--selector", "hiver");

        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("already used", again.Error, StringComparison.Ordinal);
    }

    private static async Task<bool> VerifyAsync(MimeMessage message, DnsDkimKeys dns)
    {
        var index = message.Headers.IndexOf(HeaderId.DkimSignature);
        return await new DkimVerifier(dns).VerifyAsync(message, message.Headers[index]);
    }

    private async Task<List<MimeMessage>> SendIssueAsync()
    {
        var issue = await _seed.IssueAsync(_newsletter);
        await _seed.QueueAsync(issue);
        await _seed.SentAsync(issue);
        await Eventually.TrueAsync(() => Task.FromResult(_sink.Count >= 3), TimeSpan.FromSeconds(10), "three messages reach the sink");
        return [.. _sink.Messages];
    }

    private async Task<DkimKeyView> CreateAsync(params string[] args)
    {
        var result = await RunAsync([.. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonSerializer.Deserialize<DkimKeyView>(result.Out, Json)!;
    }

    private Task<CliResult> RunAsync(params string[] args) => CliRunner.RunAsync(_storage, [.. args, "--tenant", _seed.Tenant]);
}
