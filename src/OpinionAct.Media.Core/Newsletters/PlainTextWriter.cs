using System.Text;

namespace OpinionAct.Media.Newsletters;

/// <summary>
/// Lines of plain text built by <see cref="EmailPlainText"/>: words gathered into the current block, wrapped on spaces
/// only when the block ends, with the prefixes of the lists and quotes it sits in, and one blank line between blocks
/// (one line break between list items).
/// </summary>
internal sealed class PlainTextWriter(int width)
{
    private enum Gap
    {
        None,
        Line,
        Blank,
    }

    /// <summary>A line is never narrower than this, however deep the lists nest.</summary>
    private const int MinimumWidth = 20;

    private readonly List<string> _lines = [];
    private readonly StringBuilder _inline = new();
    private readonly List<string> _prefixes = [];
    private readonly List<StringBuilder> _captures = [];
    private string? _marker;
    private Gap _gap;
    private int _items;

    /// <summary>Words of the current block: runs of white space become one space, invisible characters go.</summary>
    public void Text(string text)
    {
        foreach (var c in text)
        {
            if (c is '\u00AD' or '\u034F' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue;
            }

            // No-break spaces stay until the lines are wrapped: they keep "adresse :" on one line.
            if (char.IsWhiteSpace(c) && c is not '\u00A0' and not '\u202F')
            {
                if (_inline.Length > 0 && _inline[^1] != ' ')
                {
                    Append(' ');
                }

                continue;
            }

            Append(c);
        }
    }

    /// <summary>Starts recording what is written (a link's text); <see cref="Since"/> returns it.</summary>
    public int Mark()
    {
        _captures.Add(new StringBuilder());
        return _captures.Count - 1;
    }

    public string Since(int mark)
    {
        var text = _captures[mark].ToString();
        _captures.RemoveRange(mark, _captures.Count - mark);
        return text;
    }

    /// <summary>Ends the current block; the next one starts after a blank line (after a line break inside a list item).</summary>
    public void EndBlock()
    {
        Flush();
        Request(_items > 0 ? Gap.Line : Gap.Blank);
    }

    /// <summary>A <c>&lt;br&gt;</c>: the next words start a new line of the same block.</summary>
    public void LineBreak() => Flush();

    public void Heading(int level)
    {
        var text = Collapse(_inline.ToString()).Trim();
        Flush();
        if (level <= 2 && text.Length > 0)
        {
            Emit(new string(level == 1 ? '=' : '-', Math.Min(text.Length, Available())), Prefix(first: false));
        }

        Request(Gap.Blank);
    }

    public void Rule()
    {
        EndBlock();
        Emit(new string('-', Math.Min(20, Available())), Prefix(first: false));
        Request(Gap.Blank);
    }

    /// <summary>A list item: <paramref name="marker"/> ("- ", "2. ") on its first line, its width of spaces before the next ones.</summary>
    public void Item(string marker, Action content)
    {
        Flush();
        _prefixes.Add(new string(' ', marker.Length));
        _marker = marker;
        _items++;
        content();
        Flush();
        Request(Gap.Line);
        _items--;
        _marker = null;
        _prefixes.RemoveAt(_prefixes.Count - 1);
    }

    /// <summary>Content whose every line starts with <paramref name="prefix"/> ("> " for a quote).</summary>
    public void Indented(string prefix, Action content)
    {
        EndBlock();
        _prefixes.Add(prefix);
        content();
        EndBlock();
        _prefixes.RemoveAt(_prefixes.Count - 1);
    }

    /// <summary>A line as given (a data table's row), not wrapped.</summary>
    public void Line(string text)
    {
        Flush();
        if (text.Length > 0)
        {
            Emit(text, Prefix(first: true));
        }
    }

    /// <summary>Code: its lines as they are, not wrapped.</summary>
    public void Preformatted(string text)
    {
        EndBlock();
        foreach (var line in text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
        {
            Emit(line.TrimEnd(), Prefix(first: true));
        }

        Request(Gap.Blank);
    }

    public string Finish()
    {
        Flush();
        var text = new StringBuilder();
        foreach (var line in _lines)
        {
            text.Append(line.Replace('\u00A0', ' ').Replace('\u202F', ' ').TrimEnd()).Append('\n');
        }

        var result = text.ToString().Trim('\n');
        return result.Length == 0 ? string.Empty : result + "\n";
    }

    /// <summary>White space runs as single spaces (no-break spaces kept).</summary>
    public static string Collapse(string text)
    {
        var writer = new PlainTextWriter(int.MaxValue);
        writer.Text(text);
        return writer._inline.ToString();
    }

    private void Append(char c)
    {
        _inline.Append(c);
        foreach (var capture in _captures)
        {
            capture.Append(c);
        }
    }

    private void Flush()
    {
        var text = _inline.ToString().Trim();
        _inline.Clear();
        if (text.Length == 0)
        {
            return;
        }

        string? first = Prefix(first: true);
        var rest = Prefix(first: false);
        var available = Math.Max(MinimumWidth, width - rest.Length);
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // A word longer than the line (a URL) gets a line of its own and is never cut.
            if (line.Length > 0 && line.Length + 1 + word.Length > available)
            {
                Emit(line.ToString(), first ?? rest);
                first = null;
                line.Clear();
            }

            line.Append(line.Length == 0 ? string.Empty : " ").Append(word);
        }

        Emit(line.ToString(), first ?? rest);
    }

    private void Emit(string text, string prefix)
    {
        if (_lines.Count > 0 && _gap == Gap.Blank && _lines[^1].Trim().Length > 0)
        {
            _lines.Add(string.Empty);
        }

        _gap = Gap.None;
        _lines.Add(prefix + text);
    }

    private void Request(Gap gap)
    {
        if (gap > _gap)
        {
            _gap = gap;
        }
    }

    /// <summary>The prefixes of the enclosing lists and quotes; on an item's first line its marker replaces its indent.</summary>
    private string Prefix(bool first)
    {
        if (_prefixes.Count == 0)
        {
            return string.Empty;
        }

        var prefix = string.Concat(_prefixes);
        if (first && _marker is { } marker)
        {
            _marker = null;
            return prefix[..^marker.Length] + marker;
        }

        return prefix;
    }

    private int Available() => Math.Max(MinimumWidth, width - string.Concat(_prefixes).Length);
}
