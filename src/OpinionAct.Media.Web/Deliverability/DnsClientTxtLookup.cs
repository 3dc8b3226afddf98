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
    private readonly LookupClient? _client;

    public DnsClientTxtLookup(IOptions<DeliverabilityOptions> options)
    {
        var settings = options.Value;
        Timeout = settings.DnsTimeout > TimeSpan.Zero ? settings.DnsTimeout : TimeSpan.FromSeconds(3);
        var configured = settings.DnsServers.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => new NameServer(Endpoint(s))).ToArray();
        // The system's resolvers, without DnsClient's fallback to a public resolver: a host without any reports
        // "no DNS server" rather than sending its lookups somewhere nobody chose.
        var servers = configured.Length > 0 ? configured : NameServer.ResolveNameServers(skipIPv6SiteLocal: true, fallbackToGooglePublicDns: false).ToArray();
        if (servers.Length == 0)
        {
            return;
        }

        _client = new LookupClient(new LookupClientOptions(servers)
        {
            Timeout = Timeout,
            Retries = 0,
            UseCache = false,
            ThrowDnsErrors = false,
            ContinueOnDnsError = false,
        });
    }

    public TimeSpan Timeout { get; }

    public async Task<TxtAnswer> LookupAsync(string name, CancellationToken cancellationToken)
    {
        if (_client is null)
        {
            return TxtAnswer.Failure("no DNS server configured");
        }

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
