namespace OpinionAct.Media.Hosting;

/// <summary>The <c>Media</c> configuration section, shared by the web host and the CLI.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    /// <summary>Where host.db and tenants/&lt;name&gt;/ live; relative paths are resolved against the content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>Hosts answered by the agency console; empty means any host that no brand tenant claims.</summary>
    public List<string> HostNames { get; set; } = [];

    /// <summary>How often each node checks the host database for tenant changes made elsewhere.</summary>
    public TimeSpan TenantRefreshInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a node keeps a rendered public page; publishing evicts it at once on this node.</summary>
    public TimeSpan OutputCacheDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often scheduled articles are checked and published.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Folder of *.recipe.json; defaults to the recipes shipped beside the binaries.</summary>
    public string? RecipesPath { get; set; }

    /// <summary>Folder of themes; defaults to the themes shipped beside the binaries.</summary>
    public string? ThemesPath { get; set; }

    public DemoTenantOptions DemoTenant { get; set; } = new();

    public RecipeOptions Recipes { get; set; } = new();

    public AgencyAdminOptions Admin { get; set; } = new();
}
