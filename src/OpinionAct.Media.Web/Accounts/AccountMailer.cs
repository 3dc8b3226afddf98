using System.Net;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Newsletters;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// Sends account emails (invitations, password resets) through the platform's mail transport (the tenant's
/// SMTP settings, or <c>Media:Smtp</c>), at once and one by one: a short plain text with one link, and the
/// same as minimal HTML. The link is a secret: it is never logged.
/// </summary>
public sealed class AccountMailer(IMailTransport transport, IOptions<AccountsOptions> options)
{
    /// <exception cref="MailDeliveryException">The SMTP server refused the message or could not be reached.</exception>
    public async Task SendAsync(string tenantName, string senderName, string to, string subject, IReadOnlyList<string> paragraphs, string link, string linkLabel, CancellationToken cancellationToken)
    {
        var text = string.Join("\n\n", paragraphs.Take(1).Append(link).Concat(paragraphs.Skip(1))) + "\n";
        var html = "<!DOCTYPE html><html><body>"
            + string.Concat(paragraphs.Take(1).Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"))
            + $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(linkLabel)}</a></p>"
            + string.Concat(paragraphs.Skip(1).Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"))
            + "</body></html>";
        var message = new EmailMessage(new EmailMailbox(senderName, options.Value.MailFrom), new EmailMailbox(null, to), subject.ReplaceLineEndings(" "), html, text)
        {
            Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-generated" },
        };
        await using var session = await transport.OpenAsync(tenantName, cancellationToken);
        await session.SendAsync(message, cancellationToken);
    }
}
