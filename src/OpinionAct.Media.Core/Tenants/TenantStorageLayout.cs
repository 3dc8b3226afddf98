namespace OpinionAct.Media.Tenants;

/// <summary>
/// Where each tenant's files live. Isolation starts here: every tenant gets its own folder with
/// its own database, search index and media, so no query can reach another tenant's rows.
/// </summary>
public sealed class TenantStorageLayout(string dataPath)
{
    /// <summary>Absolute root of all data.</summary>
    public string DataPath { get; } = Path.GetFullPath(dataPath);

    public string HostDatabaseFile => Path.Combine(DataPath, "host.db");

    public string TenantsFolder => Path.Combine(DataPath, "tenants");

    public string TenantFolder(string tenant) => Path.Combine(TenantsFolder, tenant);

    public string TenantDatabaseFile(string tenant) => Path.Combine(TenantFolder(tenant), "tenant.db");

    public string IndexFolder(string tenant) => Path.Combine(TenantFolder(tenant), "index");

    public string MediaFolder(string tenant) => Path.Combine(TenantFolder(tenant), "media");
}
