namespace OpinionAct.Media.Web.Deliverability;

/// <summary>One DKIM key as the admin and the CLI show it: the TXT record to publish, and whether it signs.</summary>
/// <param name="RecordName">The TXT record's name, <c>{selector}._domainkey.{domain}</c>.</param>
/// <param name="RecordValue">The TXT record's value, <c>v=DKIM1; k=rsa; p=…</c>.</param>
/// <param name="Signing">True for the domain's signing key; false for a retired one kept published during a rotation.</param>
public sealed record DkimKeyView(string Domain, string Selector, string RecordName, string RecordValue, DateTime CreatedUtc, bool Signing);
