namespace OpinionAct.Media.Deliverability;

/// <summary>
/// The TXT records of one DNS name. Each record is kept as its character-strings (a DNS TXT string holds at most 255
/// bytes, so a 2048-bit DKIM key arrives in two or more), and <see cref="Texts"/> joins them as RFC 6376 §3.6.2.2 and
/// RFC 7208 §3.3 say: concatenated with nothing in between.
/// </summary>
/// <param name="Error">For <see cref="TxtOutcome.Failed"/>: what the resolver said (a response code), for the page.</param>
public sealed record TxtAnswer(TxtOutcome Outcome, IReadOnlyList<IReadOnlyList<string>> Records, string? Error = null)
{
    public static TxtAnswer None { get; } = new(TxtOutcome.NoRecord, []);

    public static TxtAnswer TimedOut { get; } = new(TxtOutcome.TimedOut, []);

    public static TxtAnswer Of(params string[][] records) => new(records.Length == 0 ? TxtOutcome.NoRecord : TxtOutcome.Found, records);

    public static TxtAnswer Failure(string error) => new(TxtOutcome.Failed, [], error);

    /// <summary>True when the answer says nothing about the zone (a time-out or an error).</summary>
    public bool Unknown => Outcome is TxtOutcome.TimedOut or TxtOutcome.Failed;

    /// <summary>Each record's strings joined into one value.</summary>
    public IReadOnlyList<string> Texts => Records.Select(strings => string.Concat(strings)).ToList();
}
