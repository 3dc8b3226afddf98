namespace OpinionAct.Media.Deliverability;

/// <summary>A TXT record as a zone file line: a value longer than 255 characters becomes several quoted strings (RFC 1035 §3.3.14), which receivers join back.</summary>
public static class TxtZoneLine
{
    public const int MaxStringLength = 255;

    public static string Format(string name, string value) =>
        $"{name}. IN TXT {string.Join(' ', value.Chunk(MaxStringLength).Select(c => $"\"{new string(c)}\""))}";
}
