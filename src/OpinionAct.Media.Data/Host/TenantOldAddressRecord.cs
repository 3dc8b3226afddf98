namespace OpinionAct.Media.Data.Host;

/// <summary>
/// An address a tenant left when it moved and asked to keep answering with a 301: <c>/prefix</c> for a URL prefix, or
/// a host. The primary key makes an old address belong to one tenant; a tenant that takes the address for itself
/// removes the row.
/// </summary>
public sealed class TenantOldAddressRecord
{
    public required string Address { get; set; }

    public required string TenantName { get; set; }
}
