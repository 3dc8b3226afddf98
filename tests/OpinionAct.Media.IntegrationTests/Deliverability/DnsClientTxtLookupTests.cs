using System.Diagnostics;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Deliverability;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Deliverability;

namespace OpinionAct.Media.IntegrationTests.Deliverability;

/// <summary>Issue 19: the DnsClient resolver behind the DNS assistant, against a loopback DNS server: each outcome is told apart.</summary>
public sealed class DnsClientTxtLookupTests : IAsyncLifetime
{
    private readonly LoopbackDnsServer _dns = new();
    private DnsClientTxtLookup _lookup = null!;

    public Task InitializeAsync()
    {
        // Seconds for an answer: a loopback server answers at once, but a loaded test machine may take a while to run it.
        _lookup = Lookup(TimeSpan.FromSeconds(5));
        return Task.CompletedTask;
    }

    private DnsClientTxtLookup Lookup(TimeSpan timeout) =>
        new(Options.Create(new DeliverabilityOptions { DnsServers = [_dns.Endpoint], DnsTimeout = timeout }));

    public async Task DisposeAsync() => await _dns.DisposeAsync();

    [Fact]
    public async Task Lookup_should_return_each_record_with_its_strings()
    {
        var key = "v=DKIM1; k=rsa; p=" + new string('A', 600);
        _dns.Publish("sel._domainkey.energies.example", key);
        _dns.Publish("sel._domainkey.energies.example", "autre");

        var answer = await _lookup.LookupAsync("sel._domainkey.energies.example", default);

        Assert.Equal(TxtOutcome.Found, answer.Outcome);
        Assert.Equal([3, 1], answer.Records.Select(r => r.Count));
        Assert.Equal([key, "autre"], answer.Texts);
    }

    [Fact]
    public async Task Lookup_should_say_no_record_for_an_unknown_name() =>
        Assert.Equal(TxtOutcome.NoRecord, (await _lookup.LookupAsync("_dmarc.absent.example", default)).Outcome);

    [Fact]
    public async Task Lookup_should_time_out_within_its_time_when_the_server_is_silent()
    {
        _dns.Silent = true;

        var clock = Stopwatch.StartNew();
        var answer = await Lookup(TimeSpan.FromMilliseconds(500)).LookupAsync("energies.example", default);

        Assert.Equal(TxtOutcome.TimedOut, answer.Outcome);
        Assert.True(answer.Unknown);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Contains("energies.example", _dns.Queries);
    }

    [Fact]
    public async Task Lookup_should_report_a_server_error_as_failed_not_missing()
    {
        _dns.Failing = true;

        var answer = await _lookup.LookupAsync("energies.example", default);

        Assert.Equal(TxtOutcome.Failed, answer.Outcome);
        Assert.Equal("ServerFailure", answer.Error);
    }
}
