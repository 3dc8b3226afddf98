namespace OpinionAct.Media.Hosting;

/// <summary>The <c>Media</c> configuration section, shared by the web host and the CLI.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    /// <summary>Where host.db and tenants/&lt;name&gt;/ live; relative paths are resolved against the content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>
    /// This node's name in logs, health answers, telemetry and the background-run record of a cluster (<c>web-2</c>); unset: the machine
    /// name and the process id (<see cref="NodeNames.Resolve"/>), unique per process but not stable across restarts.
    /// </summary>
    public string? NodeName { get; set; }

    /// <summary>Where traces and metrics go (<c>Media:Telemetry</c>); nothing is collected while it names no endpoint.</summary>
    public TelemetryOptions Telemetry { get; set; } = new();

    /// <summary>With PostgreSQL, makes this node a cluster member (<see cref="ClusterMode"/>).</summary>
    public RedisOptions Redis { get; set; } = new();

    /// <summary>Hosts answered by the agency console; empty means any host that no brand tenant claims.</summary>
    public List<string> HostNames { get; set; } = [];

    /// <summary>How often each node checks the host database for tenant changes made elsewhere.</summary>
    public TimeSpan TenantRefreshInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a node keeps a rendered public page; publishing evicts it at once on this node.</summary>
    public TimeSpan OutputCacheDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Unused since issue 15 (kept so existing configuration still binds): the work scheduler publishes each scheduled article at its time.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Folder of *.recipe.json; defaults to the recipes shipped beside the binaries.</summary>
    public string? RecipesPath { get; set; }

    /// <summary>Folder of themes; defaults to the themes shipped beside the binaries.</summary>
    public string? ThemesPath { get; set; }

    /// <summary>
    /// The platform's public origin (<c>https://media.example.com</c>, optionally with a path): absolute links
    /// of prefix tenants and of tenants with no concrete host, and the scheme of every absolute link. Unset:
    /// <c>Media:Subscriptions:PublicBaseUrl</c>; with neither, the request's own origin when it arrived on
    /// loopback or one of <see cref="HostNames"/>, else <c>http://localhost</c>. Never the Host header of
    /// anyone else: it is the client's to write.
    /// </summary>
    public string? PublicOrigin { get; set; }

    /// <summary>
    /// Addresses of this node's reverse proxies: only their <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
    /// are believed. Empty: <c>Media:Analytics:TrustedProxies</c>, the key this list replaces.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    public DataProtectionOptions DataProtection { get; set; } = new();

    public DemoTenantOptions DemoTenant { get; set; } = new();

    public RecipeOptions Recipes { get; set; } = new();

    public AgencyAdminOptions Admin { get; set; } = new();

    public MediaLibrary.MediaLibraryOptions Library { get; set; } = new();
}
