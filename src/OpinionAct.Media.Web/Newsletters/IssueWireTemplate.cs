using System.Text;
using MimeKit;
using MimeKit.Utils;
using OpinionAct.Media.Newsletters;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// An issue's message exactly as the general path serialises it (<see cref="MimeMessageBuilder"/>, prepared for 7-bit,
/// CRLF), made once per send pass from the pass's first message with markers in place of what differs per recipient (the
/// To address, the Message-ID, the Date, the List-Unsubscribe value and both encoded bodies), then cut at the markers.
/// A recipient's message is the runs between the markers with their own values in the holes, each header value formatted
/// (and folded) by MimeKit as the general path does: no MIME tree or serialisation per message, and the same bytes.
/// </summary>
internal sealed class IssueWireTemplate
{
    private const string ListUnsubscribe = "List-Unsubscribe";
    private const string ToMarker = "oa-to@recipient.placeholder.invalid";
    private const string MessageIdMarker = "oa-message-id@recipient.placeholder.invalid";
    private const string UnsubscribeMarker = "<https://list-unsubscribe.placeholder.invalid/>";

    /// <summary>Body markers end with a line end, as every encoded body does (<see cref="QuotedPrintable"/>), so MimeKit lays both out alike.</summary>
    private const string HtmlMarker = "oa-html-body.placeholder.invalid\r\n";

    private const string TextMarker = "oa-text-body.placeholder.invalid\r\n";

    private static readonly DateTimeOffset DateMarker = new(2001, 2, 3, 4, 5, 6, TimeSpan.Zero);

    /// <summary>The runs of bytes between holes: <c>_runs[i]</c> comes before <c>_holes[i]</c>, and the last run ends the message.</summary>
    private readonly byte[][] _runs;

    private readonly Hole[] _holes;

    private readonly int _headerCount;

    private enum Hole
    {
        To,
        MessageId,
        Date,
        Unsubscribe,
        Html,
        Text,
    }

    private IssueWireTemplate(byte[][] runs, Hole[] holes, int headerCount)
    {
        _runs = runs;
        _holes = holes;
        _headerCount = headerCount;
    }

    /// <summary>
    /// The template of messages shaped like <paramref name="first"/>, or null when it cannot be one: bodies not encoded
    /// once per pass, no List-Unsubscribe, a header the general path refuses (it then refuses each message itself), or a
    /// marker MimeKit did not write exactly once as it is.
    /// </summary>
    public static IssueWireTemplate? TryCreate(EmailMessage first)
    {
        if (first.Encoded is null || !first.Headers.ContainsKey(ListUnsubscribe))
        {
            return null;
        }

        var shape = first with
        {
            To = new EmailMailbox(null, ToMarker),
            MessageId = MessageIdMarker,
            Headers = new Dictionary<string, string>(first.Headers, StringComparer.OrdinalIgnoreCase) { [ListUnsubscribe] = UnsubscribeMarker },
            Encoded = new EncodedBodies(Encoding.ASCII.GetBytes(HtmlMarker), Encoding.ASCII.GetBytes(TextMarker)),
        };
        byte[] bytes;
        try
        {
            var mime = MimeMessageBuilder.Build(shape, DateMarker);
            mime.Prepare(EncodingConstraint.SevenBit);
            using var serialised = new MemoryStream();
            mime.WriteTo(SmtpMailSession.Wire, serialised);
            bytes = serialised.ToArray();
        }
        catch (MailDeliveryException)
        {
            return null;
        }

        var markers = new List<(int Offset, int Length, Hole Hole)>();
        foreach (var (pattern, hole) in new[]
        {
            (RawValue(Hole.To, ToMarker), Hole.To),
            (RawValue(Hole.MessageId, MessageIdMarker), Hole.MessageId),
            (Encoding.ASCII.GetBytes(DateUtils.FormatDate(DateMarker)), Hole.Date),
            (RawValue(Hole.Unsubscribe, UnsubscribeMarker), Hole.Unsubscribe),
            (Encoding.ASCII.GetBytes(HtmlMarker), Hole.Html),
            (Encoding.ASCII.GetBytes(TextMarker), Hole.Text),
        })
        {
            var offset = bytes.AsSpan().IndexOf(pattern);
            if (offset < 0 || bytes.AsSpan(offset + 1).IndexOf(pattern) >= 0)
            {
                return null;
            }

            markers.Add((offset, pattern.Length, hole));
        }

        markers.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var runs = new byte[markers.Count + 1][];
        var start = 0;
        for (var i = 0; i < markers.Count; i++)
        {
            runs[i] = bytes[start..markers[i].Offset];
            start = markers[i].Offset + markers[i].Length;
        }

        runs[^1] = bytes[start..];
        return new IssueWireTemplate(runs, [.. markers.Select(m => m.Hole)], first.Headers.Count);
    }

    /// <summary>
    /// <paramref name="message"/> laid out for the wire, or null when it does not fit this template (its values must be
    /// printable ASCII, as the validated address, our Message-ID and our links are; anything else takes the general path).
    /// </summary>
    public IPrebuiltMessage? For(EmailMessage message)
    {
        if (message.Encoded is not { } bodies || message.MessageId is not { } messageId || message.Headers.Count != _headerCount
            || !message.Headers.TryGetValue(ListUnsubscribe, out var unsubscribe)
            || !Printable(message.To.Address) || !Printable(messageId) || !Printable(unsubscribe))
        {
            return null;
        }

        return new Filled(this, message.To.Address, messageId, unsubscribe, bodies);
    }

    private static bool Printable(string value) => !value.AsSpan().ContainsAnyExceptInRange(' ', '~');

    /// <summary>
    /// A per-recipient header's value as it goes on the wire: MimeKit's formatting for that header (a message id in angle
    /// brackets, an address list, unstructured text), folded where it would fold it, with its CRLF.
    /// </summary>
    private static byte[] RawValue(Hole hole, string value)
    {
        var (field, text) = hole switch
        {
            Hole.To => (HeaderId.To, value),
            Hole.MessageId => (HeaderId.MessageId, "<" + value + ">"),
            _ => (HeaderId.ListUnsubscribe, value),
        };
        var header = new Header(field, text);
        header.SetValue(SmtpMailSession.Wire, Encoding.UTF8, text);
        return header.RawValue;
    }

    private sealed class Filled(IssueWireTemplate template, string to, string messageId, string unsubscribe, EncodedBodies bodies) : IPrebuiltMessage
    {
        public void WriteTo(Stream output, DateTimeOffset sentAt)
        {
            for (var i = 0; i < template._holes.Length; i++)
            {
                output.Write(template._runs[i]);
                switch (template._holes[i])
                {
                    case Hole.To:
                        output.Write(RawValue(Hole.To, to));
                        break;
                    case Hole.MessageId:
                        output.Write(RawValue(Hole.MessageId, messageId));
                        break;
                    case Hole.Date:
                        output.Write(Encoding.ASCII.GetBytes(DateUtils.FormatDate(sentAt)));
                        break;
                    case Hole.Unsubscribe:
                        output.Write(RawValue(Hole.Unsubscribe, unsubscribe));
                        break;
                    case Hole.Html:
                        output.Write(bodies.Html);
                        break;
                    case Hole.Text:
                        output.Write(bodies.Text);
                        break;
                }
            }

            output.Write(template._runs[^1]);
        }
    }
}
