namespace OpinionAct.Media.Web.Deliverability;

/// <summary><c>Media:Deliverability</c>: how the DNS assistant asks the DNS.</summary>
public sealed class DeliverabilityOptions
{
    public const string SectionName = "Media:Deliverability";

    /// <summary>Name servers to ask (<c>9.9.9.9</c>, <c>127.0.0.1:5353</c>, <c>[::1]:53</c>); empty = the system's resolvers.</summary>
    public string[] DnsServers { get; set; } = [];

    /// <summary>How long one lookup may take before it is reported as "the DNS did not answer".</summary>
    public TimeSpan DnsTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long answers are kept in memory, so the pages stay fast; "Check again" asks anew.</summary>
    public TimeSpan DnsCacheDuration { get; set; } = TimeSpan.FromMinutes(5);
}
