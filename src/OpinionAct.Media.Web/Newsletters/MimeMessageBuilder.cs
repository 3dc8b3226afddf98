using MimeKit;
using MimeKit.Utils;
using OpinionAct.Media.Newsletters;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>Turns an <see cref="EmailMessage"/> into a multipart/alternative MIME message (text first, then HTML, as BodyBuilder orders them).</summary>
internal static class MimeMessageBuilder
{
    public static MimeMessage Build(EmailMessage message, DateTimeOffset date)
    {
        var mime = new MimeMessage();
        mime.From.Add(Mailbox(message.From));
        mime.To.Add(Mailbox(message.To));
        if (message.ReplyTo is { } replyTo)
        {
            mime.ReplyTo.Add(Mailbox(replyTo));
        }

        mime.Subject = HeaderValue(message.Subject);
        mime.Date = date;
        mime.MessageId = message.MessageId is null ? MimeUtils.GenerateMessageId(IssueMessageTemplate.DomainOf(message.From.Address)) : HeaderValue(message.MessageId);
        foreach (var (name, value) in message.Headers)
        {
            mime.Headers.Add(HeaderValue(name), HeaderValue(value));
        }

        mime.Body = message.Encoded is { } encoded
            ? new MultipartAlternative { Encoded("plain", encoded.Text), Encoded("html", encoded.Html) }
            : new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }

    /// <summary>
    /// A text part whose content is already quoted-printable: MimeKit copies it as it is (no scan for the best encoding,
    /// no encoding per message), and it is 7-bit whatever the server supports, as DKIM signing wants it anyway.
    /// </summary>
    private static TextPart Encoded(string subtype, byte[] quotedPrintable)
    {
        var part = new TextPart(subtype) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.ContentType.Charset = "utf-8";
        part.Content = new MimeContent(new MemoryStream(quotedPrintable, writable: false), ContentEncoding.QuotedPrintable);
        return part;
    }

    private static MailboxAddress Mailbox(EmailMailbox mailbox) =>
        new(mailbox.Name is null ? null : HeaderValue(mailbox.Name), HeaderValue(mailbox.Address));

    /// <summary>CR or LF in a header value would let input write its own headers: refuse, never fold or strip.</summary>
    private static string HeaderValue(string value) =>
        value.AsSpan().IndexOfAny('\r', '\n') >= 0
            ? throw new MailDeliveryException("A header value contains a line break.", isTransient: false)
            : value;
}
