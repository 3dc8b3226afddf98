namespace OpinionAct.Media.Deliverability;

/// <summary>
/// The <c>tag=value; tag=value</c> syntax shared by DKIM key records (RFC 6376 §3.2) and DMARC records (RFC 7489
/// §6.4): tags are case-sensitive names, values are trimmed, and a later duplicate does not replace the first.
/// </summary>
public static class DnsTagList
{
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split(';'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var name = part[..equals].Trim();
            if (name.Length > 0)
            {
                tags.TryAdd(name, part[(equals + 1)..].Trim());
            }
        }

        return tags;
    }

    /// <summary>A base64 value with its folding whitespace removed (RFC 6376 allows spaces and line breaks inside <c>p=</c>).</summary>
    public static string Compact(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c)));
}
