using System.Buffers;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// Quoted-printable (RFC 2045) one line at a time: a line's encoding never depends on the lines around it, so an issue's
/// body can be encoded once per pass and the few lines holding a recipient's links encoded per message, with the same
/// result as encoding the whole body (<see cref="QuotedPrintableTemplate"/>). Lines end with CRLF, as on the wire, so
/// the bytes go out as they are; encoded lines stay within 76 characters.
/// </summary>
internal static class QuotedPrintable
{
    /// <summary>Characters per encoded line before a soft break, leaving room for its <c>=</c> (76 in all).</summary>
    private const int MaxColumns = 75;

    private static ReadOnlySpan<byte> Hex => "0123456789ABCDEF"u8;

    /// <summary>Appends one line (UTF-8, without its line end), then a hard line end, or a soft one when it is the body's last line.</summary>
    public static void AppendLine(ReadOnlySpan<byte> line, bool lineEnd, IBufferWriter<byte> output)
    {
        // At most 3 bytes per input byte, plus a soft break every 25 encoded bytes at worst, plus the line end.
        var span = output.GetSpan((line.Length * 3) + (line.Length / 4) + 5);
        var written = 0;
        var column = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var b = line[i];
            var last = i == line.Length - 1;
            var literal = (b is >= 33 and <= 126 && b != (byte)'=') || (b is (byte)' ' or (byte)'\t' && !last);
            var width = literal ? 1 : 3;
            if (column + width > MaxColumns)
            {
                span[written++] = (byte)'=';
                span[written++] = (byte)'\r';
                span[written++] = (byte)'\n';
                column = 0;
            }

            if (literal)
            {
                span[written++] = b;
            }
            else
            {
                span[written++] = (byte)'=';
                span[written++] = Hex[b >> 4];
                span[written++] = Hex[b & 0xF];
            }

            column += width;
        }

        if (!lineEnd)
        {
            // The body ends without a line end: a soft break, so the decoded body does not gain one.
            span[written++] = (byte)'=';
        }

        span[written++] = (byte)'\r';
        span[written++] = (byte)'\n';
        output.Advance(written);
    }
}
