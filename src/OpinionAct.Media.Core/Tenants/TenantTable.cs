namespace OpinionAct.Media.Tenants;

/// <summary>The tenant table as read at one version of the host database.</summary>
public sealed record TenantTable(long Version, IReadOnlyList<TenantDescriptor> Tenants)
{
    /// <summary>Built with the table: mail, links and workers look a hub up by name per message, on nodes of a thousand hubs.</summary>
    private readonly Dictionary<string, TenantDescriptor> _byName = ByName(Tenants);

    /// <summary>The tenant of that name in this table, or null.</summary>
    public TenantDescriptor? Find(string name) => _byName.GetValueOrDefault(name);

    private static Dictionary<string, TenantDescriptor> ByName(IReadOnlyList<TenantDescriptor> tenants)
    {
        var byName = new Dictionary<string, TenantDescriptor>(tenants.Count, StringComparer.Ordinal);
        foreach (var tenant in tenants)
        {
            byName.TryAdd(tenant.Name, tenant);
        }

        return byName;
    }
}
