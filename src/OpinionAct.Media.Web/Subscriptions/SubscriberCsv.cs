using System.Text;
using OpinionAct.Media.Csv;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// RFC 4180 CSV for subscriber files: comma-separated, fields optionally in double quotes (a quote
/// doubled inside), CRLF or LF line ends, a header row naming the columns. Each record keeps the
/// line number it starts on, so errors point at the line a person sees in their editor.
/// </summary>
public static class SubscriberCsv
{
    public const int MaxFieldLength = 4000;

    /// <summary>Reads every record; a malformed quote is reported as an error on its line.</summary>
    public static IEnumerable<(int Line, string[]? Fields, string? Error)> Read(TextReader reader)
    {
        var line = 0;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            string? error = null;
            var i = 0;
            while (true)
            {
                if (i >= text.Length)
                {
                    if (!quoted)
                    {
                        break;
                    }

                    // A quoted field spans lines: keep the line break and read on.
                    var next = reader.ReadLine();
                    if (next is null)
                    {
                        error = "a quoted field is not closed";
                        break;
                    }

                    line++;
                    field.Append('\n');
                    text = next;
                    i = 0;
                    continue;
                }

                var c = text[i++];
                if (quoted)
                {
                    if (c == '"' && i < text.Length && text[i] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                        if (i < text.Length && text[i] != ',')
                        {
                            error ??= "unexpected character after a closing quote";
                        }
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else
                {
                    field.Append(c);
                }

                if (field.Length > MaxFieldLength)
                {
                    error ??= $"a field is longer than {MaxFieldLength} characters";
                }
            }

            fields.Add(field.ToString());
            if (error is null && fields.Count == 1 && fields[0].Trim().Length == 0)
            {
                continue;
            }

            yield return (start, error is null ? fields.ToArray() : null, error);
        }
    }

    /// <summary>One CSV line; free-text cells that a spreadsheet would run as a formula get a leading apostrophe.</summary>
    public static string Line(IEnumerable<string?> fields, ISet<int>? textColumns = null) =>
        string.Join(",", fields.Select((f, i) => textColumns?.Contains(i) == true ? CsvCell.Text(f) : CsvCell.Quote(f)));
}
