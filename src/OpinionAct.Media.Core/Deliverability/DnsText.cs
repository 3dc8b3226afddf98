namespace OpinionAct.Media.Deliverability;

/// <summary>A sentence of the DNS assistant: a UI text key (<c>dns.*</c>, in French and English) and the values it shows.</summary>
public sealed record DnsText(string Key, params IReadOnlyList<string> Args);
