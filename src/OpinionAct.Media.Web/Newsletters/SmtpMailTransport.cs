using Microsoft.Extensions.Options;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Bounces;
using OpinionAct.Media.Web.Deliverability;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// Opens SMTP sessions (<see cref="SmtpConnection"/>); one session carries many messages over one connection. A tenant
/// with SMTP settings of its own (admin → mail settings) uses them; other tenants use <c>Media:Smtp</c>. Each session
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
        try
        {
            return new SmtpMailSession(await SmtpConnection.OpenAsync(settings, cancellationToken), clock, signers, returnPath);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw SmtpMailSession.Classify(exception);
        }
    }
}
