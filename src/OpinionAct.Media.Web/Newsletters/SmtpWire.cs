using System.Buffers;
using System.Globalization;
using System.Text;
using OpinionAct.Media.Newsletters;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>What <see cref="SmtpConnection"/> writes and reads, apart from the conversation: content, addresses, extensions.</summary>
internal static class SmtpWire
{
    /// <summary>
    /// The content as it goes after <c>DATA</c>: a line that starts with a dot gets a second one (RFC 5321 §4.5.2), the
    /// last line is ended, and the end mark follows.
    /// </summary>
    public static void DotStuffed(ReadOnlySpan<byte> content, IBufferWriter<byte> output)
    {
        var lineStart = true;
        while (!content.IsEmpty)
        {
            if (lineStart && content[0] == (byte)'.')
            {
                output.Write("."u8);
            }

            var newline = content.IndexOf((byte)'\n');
            var line = newline < 0 ? content : content[..(newline + 1)];
            output.Write(line);
            content = content[line.Length..];
            lineStart = newline >= 0;
        }

        output.Write(lineStart ? ".\r\n"u8 : "\r\n.\r\n"u8);
    }

    /// <summary>An address for the envelope: refused when it could break the command line; the domain in its ASCII form.</summary>
    public static string EnvelopeAddress(string address)
    {
        if (address.AsSpan().IndexOfAny("\r\n<>") >= 0)
        {
            throw new MailDeliveryException("An envelope address contains a line break or an angle bracket.", isTransient: false);
        }

        var at = address.LastIndexOf('@');
        return at < 0 || Ascii.IsValid(address) ? address : address[..(at + 1)] + IdnDomains.GetAscii(address[(at + 1)..]);
    }

    private static readonly IdnMapping IdnDomains = new();

    /// <summary>The extensions an <c>EHLO</c> reply's text offers (one keyword per line after the first, RFC 5321 §4.1.1.1).</summary>
    public static SmtpExtensions ParseExtensions(string ehloText)
    {
        var offered = SmtpExtensions.None;
        foreach (var line in ehloText.Split('\n').Skip(1))
        {
            var words = line.Split([' ', '='], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            offered |= words[0].ToUpperInvariant() switch
            {
                "PIPELINING" => SmtpExtensions.Pipelining,
                "STARTTLS" => SmtpExtensions.StartTls,
                "AUTH" => words.Skip(1).Aggregate(SmtpExtensions.None, (all, mechanism) => all | mechanism.ToUpperInvariant() switch
                {
                    "PLAIN" => SmtpExtensions.AuthPlain,
                    "LOGIN" => SmtpExtensions.AuthLogin,
                    _ => SmtpExtensions.None,
                }),
                _ => SmtpExtensions.None,
            };
        }

        return offered;
    }
}
