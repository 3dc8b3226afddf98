using System.Text;

namespace OpinionAct.Media.Themes;

/// <summary>
/// A small, conservative CSS minifier for theme stylesheets: drops comments, collapses white space to
/// one space, and removes it only around <c>{ } ; ,</c> and after <c>:</c>, and the last <c>;</c> of a
/// block. Strings and <c>url(…)</c> are copied exactly, escapes are kept as written, and spaces inside
/// values (<c>calc(1px + 2px)</c>, <c>and (</c> in media queries, descendant combinators) stay. It does not
/// rewrite values (colours, zeros, units): those are where clever minifiers break stylesheets.
/// </summary>
public static class CssMinifier
{
    public static string Minify(string css)
    {
        var output = new StringBuilder(css.Length);
        var space = false;
        var i = 0;
        while (i < css.Length)
        {
            var c = css[i];
            if (c is '"' or '\'')
            {
                Flush(output, ref space);
                i = CopyString(css, i, output);
            }
            else if (c == '/' && At(css, i + 1) == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? css.Length : end + 2;

                // "a/**/b" must not become one word "ab".
                if (!space && output.Length > 0 && IsWord(output[^1]) && i < css.Length && IsWord(css[i]))
                {
                    space = true;
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
            }
            else if (c == '\\')
            {
                Flush(output, ref space);
                output.Append(c);
                if (i + 1 < css.Length)
                {
                    output.Append(css[i + 1]);
                }

                i += 2;
            }
            else if (IsUrl(css, i))
            {
                Flush(output, ref space);
                i = CopyUrl(css, i, output);
            }
            else if (c is '{' or '}' or ';' or ',')
            {
                space = false;
                if (c == '}' && output.Length > 0 && output[^1] == ';')
                {
                    output.Length--;
                }

                output.Append(c);
                i++;
            }
            else
            {
                Flush(output, ref space);
                output.Append(c);
                i++;
            }
        }

        return output.ToString();
    }

    private static void Flush(StringBuilder output, ref bool space)
    {
        if (space && output.Length > 0 && output[^1] is not ('{' or '}' or ';' or ',' or ':'))
        {
            output.Append(' ');
        }

        space = false;
    }

    /// <summary>Copies a quoted string with its quotes and escapes; returns the index after it.</summary>
    private static int CopyString(string css, int start, StringBuilder output)
    {
        var quote = css[start];
        var i = start + 1;
        while (i < css.Length && css[i] != quote)
        {
            i += css[i] == '\\' ? 2 : 1;
        }

        var end = Math.Min(i + 1, css.Length);
        output.Append(css, start, end - start);
        return end;
    }

    /// <summary>Copies <c>url(…)</c> as written, quoted or not, up to its closing parenthesis.</summary>
    private static int CopyUrl(string css, int start, StringBuilder output)
    {
        var i = start + 4;
        output.Append(css, start, 4);
        while (i < css.Length && css[i] != ')')
        {
            if (css[i] is '"' or '\'')
            {
                i = CopyString(css, i, output);
                continue;
            }

            var step = css[i] == '\\' && i + 1 < css.Length ? 2 : 1;
            output.Append(css, i, step);
            i += step;
        }

        if (i < css.Length)
        {
            output.Append(')');
            i++;
        }

        return i;
    }

    private static bool IsUrl(string css, int i) =>
        (i == 0 || !IsWord(css[i - 1]))
        && string.Compare(css, i, "url(", 0, 4, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '%' or '.' or '#';

    private static char At(string css, int i) => i < css.Length ? css[i] : '\0';
}
