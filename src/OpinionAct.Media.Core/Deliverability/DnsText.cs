namespace OpinionAct.Media.Deliverability;

/// <summary>A sentence of the DNS assistant: a UI text key (<c>dns.*</c>, in French and English) and the values it shows.</summary>
public sealed record DnsText(string Key, params IReadOnlyList<string> Args)
{
    /// <summary>Equal when the key and the values are (a list compares by reference otherwise).</summary>
    public bool Equals(DnsText? other) => other is not null && Key == other.Key && Args.SequenceEqual(other.Args);

    public override int GetHashCode() => Args.Aggregate(Key.GetHashCode(StringComparison.Ordinal), (hash, arg) => HashCode.Combine(hash, arg.GetHashCode(StringComparison.Ordinal)));

    public override string ToString() => $"{Key}({string.Join(", ", Args)})";
}
