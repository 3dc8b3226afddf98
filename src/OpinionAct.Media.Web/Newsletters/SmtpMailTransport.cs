using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Bounces;
using OpinionAct.Media.Web.Deliverability;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// Opens MailKit SMTP sessions; one session carries many messages over one connection. A tenant with
/// SMTP settings of its own (admin → mail settings) uses them; other tenants use <c>Media:Smtp</c>. Each session
/// signs with the hub's DKIM keys (<see cref="TenantDkimSigners"/>) and sends with the tenant's bounce address as envelope
/// sender when it set one (<see cref="ReturnPaths"/>).
/// </summary>
public sealed class SmtpMailTransport(IOptions<SmtpOptions> defaults, TimeProvider clock, TenantSmtpSettings? tenants = null, TenantDkimSigners? dkim = null, ReturnPaths? returnPaths = null) : IMailTransport
{
    public async Task<IMailSession> OpenAsync(string tenantName, CancellationToken cancellationToken)
    {
        var settings = (tenants is null ? null : await tenants.FindAsync(tenantName, defaults.Value, cancellationToken)) ?? defaults.Value;
        var signers = dkim is null ? new Dictionary<string, MimeKit.Cryptography.DkimSigner>() : await dkim.ForAsync(tenantName, cancellationToken);
        var returnPath = returnPaths is null ? null : await returnPaths.PlainAsync(tenantName, cancellationToken);
        var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(await SmtpSockets.ConnectAsync(settings.Host, settings.Port, cancellationToken), settings.Host, settings.Port, SocketOptions(settings.TlsMode), cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
            }

            Trim(client);

            return new SmtpMailSession(client, clock, signers, returnPath);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            client.Dispose();
            throw SmtpMailSession.Classify(exception);
        }
    }

    /// <summary>
    /// Turns off what costs a session per message and brings nothing here: with <c>SIZE</c> (RFC 1870) MailKit writes
    /// every message once more, to count its bytes for <c>MAIL FROM … SIZE=</c>, which only lets a server refuse an
    /// oversized message before its content (a newsletter is tens of KB; a server still refuses it after DATA).
    /// </summary>
    internal static void Trim(SmtpClient client) => client.Capabilities &= ~SmtpCapabilities.Size;

    private static SecureSocketOptions SocketOptions(SmtpTlsMode mode) => mode switch
    {
        SmtpTlsMode.None => SecureSocketOptions.None,
        SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
        SmtpTlsMode.Tls => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };
}
