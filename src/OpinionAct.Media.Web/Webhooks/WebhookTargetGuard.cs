using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Webhooks;

namespace OpinionAct.Media.Web.Webhooks;

/// <summary>
/// The server-side request forgery rule, applied twice: when a hook is created or changed (the URL's host is resolved
/// and every address checked), and on every connection (<see cref="ConnectAsync"/>, the HTTP handler's connect
/// callback), which resolves again, checks every address and connects to a checked one, so a DNS answer that changes
/// between the check and the connection (rebinding) cannot reach an internal address.
/// </summary>
public sealed class WebhookTargetGuard(IOptions<WebhookOptions> options)
{
    /// <summary>How a host name is resolved; tests replace it.</summary>
    internal Func<string, CancellationToken, Task<IPAddress[]>> Resolve { get; set; } = Dns.GetHostAddressesAsync;

    private bool AllowPrivate => options.Value.AllowPrivateTargets;

    /// <summary>Returns the sentence to show when the URL is refused, or null when it is acceptable.</summary>
    public async Task<string?> CheckAsync(string? url, CancellationToken cancellationToken)
    {
        if (WebhookAddresses.CheckUrl(url, out var uri) is { } error)
        {
            return error;
        }

        try
        {
            await AddressesAsync(uri!.IdnHost, cancellationToken);
            return null;
        }
        catch (WebhookTargetRefusedException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>The host's addresses, all allowed; throws <see cref="WebhookTargetRefusedException"/> otherwise.</summary>
    public async Task<IPAddress[]> AddressesAsync(string host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        host = host.Trim('[', ']');
        IPAddress[] addresses;
        if (IPAddress.TryParse(host, out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await Resolve(host, cancellationToken);
            }
            catch (SocketException)
            {
                throw new WebhookTargetRefusedException($"The host {host} could not be resolved.");
            }
        }

        if (addresses.Length == 0)
        {
            throw new WebhookTargetRefusedException($"The host {host} could not be resolved.");
        }

        // Every address must pass: a name with one public and one internal address would let a client pick the internal one.
        if (!AllowPrivate && addresses.FirstOrDefault(WebhookAddresses.IsForbidden) is { } forbidden)
        {
            throw new WebhookTargetRefusedException(
                $"The host {host} resolves to {forbidden}, a loopback, private, link-local or metadata address; webhooks may only call public addresses.");
        }

        return addresses;
    }

    /// <summary>The <see cref="SocketsHttpHandler.ConnectCallback"/>: resolve, check every address, connect to a checked one.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.DnsEndPoint;
        var addresses = await AddressesAsync(endpoint.Host, cancellationToken);
        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw new HttpRequestException($"Could not connect to {endpoint.Host}:{endpoint.Port}.", last);
    }
}
