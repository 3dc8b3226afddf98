namespace OpinionAct.Media.Deliverability;

/// <summary>Everything <see cref="DomainSetupCheck.Evaluate"/> reads for one sending domain: the hub's keys and what the DNS answered.</summary>
/// <param name="SmtpHost">The SMTP server the hub's mail goes through (the hub's own, else the platform's), for the SPF template; null when unknown.</param>
/// <param name="TimeoutSeconds">The DNS time-out, to say how long the DNS was given.</param>
/// <param name="Spf">The TXT answer at the domain itself.</param>
/// <param name="Dkim">Each of the domain's keys (signing first) with the answer at its record's name.</param>
/// <param name="Dmarc">The DMARC walk, in the order asked (<see cref="DomainSetupCheck.DmarcNames"/>), up to the first answer that ends it.</param>
public sealed record DomainSetupInput(string Domain, string? SmtpHost, double TimeoutSeconds, TxtAnswer Spf, IReadOnlyList<DkimLookup> Dkim, IReadOnlyList<DmarcLookup> Dmarc);
