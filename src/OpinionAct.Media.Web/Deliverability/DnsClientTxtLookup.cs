using System.Net;
using DnsClient;
using DnsClient.Protocol;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Deliverability;

namespace OpinionAct.Media.Web.Deliverability;

/// <summary>
/// <see cref="IDnsTxtLookup"/> with DnsClient: the configured name servers (else the system's), one try per server
/// within <see cref="DeliverabilityOptions.DnsTimeout"/>, and a deadline of that same time over the whole lookup, so a
/// dead resolver costs the page at most that long. DnsClient's own cache is off: <see cref="DnsAnswerCache"/> keeps
/// answers, and "Check again" must reach the DNS.
/// </summary>
public sealed class DnsClientTxtLookup : IDnsTxtLookup
{
    private readonly LookupClient _client;

    public DnsClientTxtLookup(IOptions<DeliverabilityOptions> options)
    {
        var settings = options.Value;
        Timeout = settings.DnsTimeout > TimeSpan.Zero ? settings.DnsTimeout : TimeSpan.FromSeconds(3);
        var servers = settings.DnsServers.Where(s => !string.IsNullOrWhiteSpace(s)).Select(Endpoint).ToArray();
        var lookup = servers.Length == 0 ? new LookupClientOptions() : new LookupClientOptions(servers);
        lookup.Timeout = Timeout;
        lookup.Retries = 0;
        lookup.UseCache = false;
        lookup.ThrowDnsErrors = false;
        lookup.ContinueOnDnsError = false;
        _client = new LookupClient(lookup);
    }

    public TimeSpan Timeout { get; }

    public async Task<TxtAnswer> LookupAsync(string name, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            var response = await _client.QueryAsync(name, QueryType.TXT, QueryClass.IN, deadline.Token);
            if (response.Header.ResponseCode == DnsHeaderResponseCode.NotExistentDomain)
            {
                return TxtAnswer.None;
            }

            if (response.HasError)
            {
                return TxtAnswer.Failure(response.Header.ResponseCode.ToString());
            }

            var records = response.Answers.TxtRecords().Select(r => (IReadOnlyList<string>)r.Text.ToList()).ToArray();
            return new TxtAnswer(records.Length == 0 ? TxtOutcome.NoRecord : TxtOutcome.Found, records);
        }
        catch (DnsResponseException ex) when (ex.Code == DnsResponseCode.ConnectionTimeout)
        {
            return TxtAnswer.TimedOut;
        }
        catch (TimeoutException)
        {
            return TxtAnswer.TimedOut;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TxtAnswer.TimedOut;
        }
        catch (DnsResponseException ex)
        {
            return TxtAnswer.Failure(ex.Code.ToString());
        }
    }

    /// <summary>An address with an optional port: <c>1.2.3.4</c>, <c>1.2.3.4:5353</c>, <c>::1</c>, <c>[::1]:5353</c>.</summary>
    internal static IPEndPoint Endpoint(string server)
    {
        server = server.Trim();
        if (IPAddress.TryParse(server, out var address))
        {
            return new IPEndPoint(address, 53);
        }

        return IPEndPoint.TryParse(server, out var endpoint)
            ? endpoint.Port == 0 ? new IPEndPoint(endpoint.Address, 53) : endpoint
            : throw new InvalidOperationException($"Media:Deliverability:DnsServers: '{server}' is not an IP address (with an optional port).");
    }
}
