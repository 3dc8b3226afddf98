using System.Globalization;
using System.Text.Encodings.Web;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Deliverability;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Subscriptions;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// An issue rendered once per send pass, with placeholders where each recipient's manage and unsubscribe links go:
/// every recipient's message is then a few string replacements and their own headers, not a template run.
/// </summary>
internal sealed class IssueMessageTemplate(RenderedEmail rendered, NewsletterIssueRecord issue, NewsletterRecord newsletter, string tenantName, SubscriberLinks links, ReturnPath? returnPath = null)
{
    /// <summary>Where the placeholders live: nothing a theme or an editor writes can contain it, and HTML encoding leaves it as is.</summary>
    public const string PlaceholderOrigin = "https://manage-link.placeholder.invalid/";

    public const string ManagePlaceholder = PlaceholderOrigin + "oa-recipient";

    /// <summary>The recipient's one-newsletter unsubscribe link in the footer (the same URL as their List-Unsubscribe header).</summary>
    public const string UnsubscribePlaceholder = PlaceholderOrigin + "oa-unsubscribe";

    /// <summary>The issue this template was rendered from.</summary>
    public NewsletterIssueRecord Issue => issue;

    private readonly EmailMailbox _from = new(newsletter.SenderName, newsletter.SenderAddress);
    private readonly EmailMailbox? _replyTo = string.IsNullOrWhiteSpace(newsletter.ReplyTo) ? null : new EmailMailbox(null, newsletter.ReplyTo);
    private readonly string _domain = DomainOf(newsletter.SenderAddress);
    private readonly KeyValuePair<string, string>[] _listHeaders = ListHeaders(issue, newsletter, tenantName, DomainOf(newsletter.SenderAddress));

    /// <summary>Both bodies encoded once for the pass, but for the lines holding a recipient's links.</summary>
    private readonly QuotedPrintableTemplate _html = new(rendered.Html, ManagePlaceholder, UnsubscribePlaceholder);

    private readonly QuotedPrintableTemplate _text = new(rendered.Text, ManagePlaceholder, UnsubscribePlaceholder);

    /// <summary>The pass's messages laid out for the wire, made from its first message (null until then, or when they cannot be).</summary>
    private IssueWireTemplate? _wire;

    private bool _wireMade;

    private object? _wireLock;

    /// <summary>The message for one queued recipient, prebuilt for the wire; its Message-ID is the same on every attempt.</summary>
    public EmailMessage For(ClaimedDelivery recipient)
    {
        var message = Compose(recipient);
        var wire = LazyInitializer.EnsureInitialized(ref _wire, ref _wireMade, ref _wireLock, () => IssueWireTemplate.TryCreate(message));
        return wire?.For(message) is { } prebuilt ? message with { Prebuilt = prebuilt } : message;
    }

    private EmailMessage Compose(ClaimedDelivery recipient)
    {
        var manage = links.ManageUrl(tenantName, recipient.SubscriberId);
        var unsubscribeHeaders = links.UnsubscribeHeaders(tenantName, recipient.SubscriberId, newsletter.Id);
        var unsubscribe = FirstUrl(unsubscribeHeaders["List-Unsubscribe"]);

        // The bodies go out already encoded (EmailMessage.Encoded); the transport does not read the strings.
        return new EmailMessage(_from, new EmailMailbox(null, recipient.Email), issue.Subject, string.Empty, string.Empty)
        {
            ReplyTo = _replyTo,
            MessageId = MessageId(issue, recipient.SubscriberId, _domain),
            EnvelopeFrom = returnPath?.For(recipient.SubscriberId, issue.Id),
            Headers = new Dictionary<string, string>(unsubscribeHeaders.Concat(_listHeaders), StringComparer.OrdinalIgnoreCase),
            Encoded = new EncodedBodies(
                _html.Fill(HtmlEncoder.Default.Encode(manage), HtmlEncoder.Default.Encode(unsubscribe)),
                _text.Fill(manage, unsubscribe)),
        };
    }

    /// <summary>The https link of a List-Unsubscribe value (<c>&lt;https://…&gt;, &lt;mailto:…&gt;</c>): one signed token per recipient, not two.</summary>
    private static string FirstUrl(string listUnsubscribe) => listUnsubscribe[1..listUnsubscribe.IndexOf('>', StringComparison.Ordinal)];

    /// <summary>Unique per (issue, subscriber) and stable: a retry after a crash carries the same id, so clients that dedupe by Message-ID show one.</summary>
    public static string MessageId(NewsletterIssueRecord issue, int subscriberId, string domain) =>
        string.Create(CultureInfo.InvariantCulture, $"issue-{issue.Id}.{subscriberId}.{issue.MessageKey}@{domain}");

    /// <summary>
    /// What mailbox providers read to sort and measure bulk mail: <c>List-Id</c> (RFC 2919: the newsletter, named under
    /// its hub and sending domain, with its name when that is plain ASCII), <c>Feedback-ID</c> (Gmail's feedback loop:
    /// issue, newsletter, hub, then the platform as sender) and <c>Precedence: bulk</c>, so auto-replies stay quiet.
    /// </summary>
    public static KeyValuePair<string, string>[] ListHeaders(NewsletterIssueRecord issue, NewsletterRecord newsletter, string tenantName, string domain)
    {
        var id = $"<{newsletter.Slug}.{tenantName}.{domain}>";
        var plainName = newsletter.Name.All(c => c is >= ' ' and <= '~' and not '"' and not '\\');
        return
        [
            new("List-Id", plainName ? $"\"{newsletter.Name}\" {id}" : id),
            new("Feedback-ID", string.Create(CultureInfo.InvariantCulture, $"{issue.Id}:{newsletter.Slug}:{tenantName}:opinionact")),
            new("Precedence", "bulk"),
        ];
    }

    /// <summary>The sender's domain, for Message-IDs and the list id.</summary>
    public static string DomainOf(string address) => EmailAddresses.DomainOf(address) ?? "localhost";
}
