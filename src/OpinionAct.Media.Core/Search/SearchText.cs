using System.Text;

namespace OpinionAct.Media.Search;

/// <summary>The reader's query as we log, echo and parse it.</summary>
public static class SearchText
{
    /// <summary>Longest normalised query; anything after is dropped.</summary>
    public const int MaxLength = 200;

    /// <summary>
    /// Trimmed, whitespace runs collapsed to one space, control characters (and broken surrogate
    /// halves) removed, lowercased with the invariant culture, at most <see cref="MaxLength"/>
    /// characters. Accents are kept: they matter to the reader and analysis folds them anyway.
    /// </summary>
    public static string Normalize(string? query)
    {
        if (string.IsNullOrEmpty(query))
        {
            return string.Empty;
        }

        var text = new StringBuilder(Math.Min(query.Length, MaxLength));
        var space = false;
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                space = text.Length > 0;
                continue;
            }

            if (char.IsControl(c) || char.IsLowSurrogate(c))
            {
                continue;
            }

            var pair = char.IsHighSurrogate(c);
            if (pair && (i + 1 >= query.Length || !char.IsLowSurrogate(query[i + 1])))
            {
                continue;
            }

            var needed = (space ? 1 : 0) + (pair ? 2 : 1);
            if (text.Length + needed > MaxLength)
            {
                break;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            if (pair)
            {
                text.Append(c).Append(query[++i]);
            }
            else
            {
                text.Append(char.ToLowerInvariant(c));
            }
        }

        return text.ToString();
    }
}
