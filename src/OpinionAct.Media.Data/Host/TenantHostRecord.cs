namespace OpinionAct.Media.Data.Host;

/// <summary>One request host of a tenant; the primary key makes a host belong to one tenant only.</summary>
public sealed class TenantHostRecord
{
    public required string Host { get; set; }

    public required string TenantName { get; set; }
}
