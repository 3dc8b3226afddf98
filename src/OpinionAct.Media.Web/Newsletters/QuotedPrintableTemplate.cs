using System.Buffers;
using System.Text;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// One body of an issue (HTML or text), encoded for the wire once per send pass except the lines that hold a
/// placeholder (a recipient's manage or unsubscribe link): per message those few lines are filled in and encoded, and
/// the rest is copied. Quoted-printable is line by line (<see cref="QuotedPrintable"/>), so the result is byte for byte
/// what encoding the whole filled-in body would give.
/// </summary>
internal sealed class QuotedPrintableTemplate
{
    private readonly string[] _placeholders;

    /// <summary>Encoded runs of lines (<c>byte[]</c>) and lines to fill in per recipient (<see cref="Line"/>), in order.</summary>
    private readonly List<object> _pieces = [];

    /// <summary>Where a body is put together before its one exact-size copy: one per thread, reused by every message.</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_output;

    private sealed record Line(string Text, bool LineEnd);

    public QuotedPrintableTemplate(string body, params string[] placeholders)
    {
        _placeholders = placeholders;
        var lines = body.ReplaceLineEndings("\n").Split('\n');
        var run = new ArrayBufferWriter<byte>(body.Length + (body.Length / 4));
        for (var i = 0; i < lines.Length; i++)
        {
            var lineEnd = i < lines.Length - 1;
            if (placeholders.Any(p => lines[i].Contains(p, StringComparison.Ordinal)))
            {
                Close(run);
                _pieces.Add(new Line(lines[i], lineEnd));
            }
            else
            {
                QuotedPrintable.AppendLine(Encoding.UTF8.GetBytes(lines[i]), lineEnd, run);
            }
        }

        Close(run);
    }

    /// <summary>The body with <c>values[i]</c> in place of each placeholder <c>i</c>, quoted-printable encoded.</summary>
    public byte[] Fill(params string[] values)
    {
        var output = t_output ??= new ArrayBufferWriter<byte>(64 * 1024);
        output.ResetWrittenCount();
        foreach (var piece in _pieces)
        {
            if (piece is byte[] encoded)
            {
                output.Write(encoded);
                continue;
            }

            var line = (Line)piece;
            var text = line.Text;
            for (var i = 0; i < _placeholders.Length; i++)
            {
                text = text.Replace(_placeholders[i], values[i], StringComparison.Ordinal);
            }

            QuotedPrintable.AppendLine(Encoding.UTF8.GetBytes(text), line.LineEnd, output);
        }

        return output.WrittenSpan.ToArray();
    }

    private void Close(ArrayBufferWriter<byte> run)
    {
        if (run.WrittenCount > 0)
        {
            _pieces.Add(run.WrittenSpan.ToArray());
            run.ResetWrittenCount();
        }
    }
}
