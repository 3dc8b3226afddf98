using System.Globalization;
using System.Text.Encodings.Web;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Subscriptions;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// An issue rendered once per send pass, with a placeholder where each recipient's manage link goes: every
/// recipient's message is then two string replacements and their own headers, not a template run.
/// </summary>
internal sealed class IssueMessageTemplate(RenderedEmail rendered, NewsletterIssueRecord issue, NewsletterRecord newsletter, string tenantName, SubscriberLinks links)
{
    /// <summary>Nothing a theme or an editor writes can contain it, and HTML encoding leaves it as is.</summary>
    public const string ManagePlaceholder = "https://manage-link.placeholder.invalid/oa-recipient";

    /// <summary>The issue this template was rendered from.</summary>
    public NewsletterIssueRecord Issue => issue;

    private readonly EmailMailbox _from = new(newsletter.SenderName, newsletter.SenderAddress);
    private readonly EmailMailbox? _replyTo = string.IsNullOrWhiteSpace(newsletter.ReplyTo) ? null : new EmailMailbox(null, newsletter.ReplyTo);
    private readonly string _domain = DomainOf(newsletter.SenderAddress);

    /// <summary>The message for one queued recipient; its Message-ID is the same on every attempt.</summary>
    public EmailMessage For(ClaimedDelivery recipient)
    {
        var manage = links.ManageUrl(tenantName, recipient.SubscriberId);
        return new EmailMessage(
            _from,
            new EmailMailbox(null, recipient.Email),
            issue.Subject,
            rendered.Html.Replace(ManagePlaceholder, HtmlEncoder.Default.Encode(manage), StringComparison.Ordinal),
            rendered.Text.Replace(ManagePlaceholder, manage, StringComparison.Ordinal))
        {
            ReplyTo = _replyTo,
            MessageId = MessageId(issue, recipient.SubscriberId, _domain),
            Headers = links.UnsubscribeHeaders(tenantName, recipient.SubscriberId, newsletter.Id),
        };
    }

    /// <summary>Unique per (issue, subscriber) and stable: a retry after a crash carries the same id, so clients that dedupe by Message-ID show one.</summary>
    public static string MessageId(NewsletterIssueRecord issue, int subscriberId, string domain) =>
        string.Create(CultureInfo.InvariantCulture, $"issue-{issue.Id}.{subscriberId}.{issue.MessageKey}@{domain}");

    public static string DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at < address.Length - 1 ? address[(at + 1)..] : "localhost";
    }
}
