namespace OpinionAct.Media.Web.Tenancy;

/// <summary>What agency staff change on an existing tenant; a null property is left as it is.</summary>
public sealed record TenantUpdateRequest
{
    public required string Name { get; init; }

    public string? DisplayName { get; init; }

    /// <summary>The new set of hosts (empty: none); null keeps the current ones.</summary>
    public IReadOnlyList<string>? Hosts { get; init; }

    /// <summary>The new URL prefix; null keeps the current one.</summary>
    public string? Prefix { get; init; }

    /// <summary>True removes the prefix (the tenant must keep at least one host).</summary>
    public bool RemovePrefix { get; init; }

    public string? Theme { get; init; }

    /// <summary>True keeps the addresses the tenant leaves (its old prefix, hosts it drops) answering with a 301 to the new one.</summary>
    public bool RedirectOldAddresses { get; init; }
}
