namespace OpinionAct.Media.Deliverability;

/// <summary>What the assistant needs of one of the hub's DKIM keys: where it is published, its record, and whether it signs.</summary>
/// <param name="RecordValue">The TXT value this hub asks to publish (<c>v=DKIM1; k=rsa; p=…</c>).</param>
public sealed record DkimKeyFacts(string Selector, string RecordName, string RecordValue, bool Signing)
{
    /// <summary>The public key of <see cref="RecordValue"/> (its <c>p=</c>), without whitespace.</summary>
    public string PublicKey => DnsTagList.Compact(DnsTagList.Parse(RecordValue).GetValueOrDefault("p") ?? string.Empty);
}
