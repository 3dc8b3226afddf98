namespace OpinionAct.Media.Deliverability;

/// <summary>
/// The assistant's word on one record: its DNS name, what was found there, the verdict and, when something should be
/// published or replaced, the exact TXT value to publish at <see cref="Name"/>.
/// </summary>
/// <param name="Published">The TXT values found at the name that matter to this record (joined strings).</param>
/// <param name="Publish">The value to publish at <see cref="Name"/>; null when nothing needs publishing.</param>
/// <param name="Advice">A further sentence (what the template means, the next step).</param>
public sealed record DnsFinding(string Name, FindingState State, DnsText Message, IReadOnlyList<string> Published, string? Publish = null, DnsText? Advice = null);
