namespace OpinionAct.Media.Web.Apis.Keys;

/// <summary>Configuration <c>Media:Apis:Keys</c>: how keys are rotated.</summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "Media:Apis:Keys";

    /// <summary>
    /// How long a new key is published before it signs, so that every verifier (other nodes, clients
    /// caching the JWKS) knows it first. A node re-reads keys every <see cref="RefreshInterval"/>.
    /// </summary>
    public TimeSpan PublishBeforeSigning { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The longest token lifetime a client may be given; old keys stay accepted this long after they stop signing.</summary>
    public TimeSpan LongestTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Makes a new tenant's keys while it is created (default). Off, they are made at the tenant's first OpenID
    /// request instead: the test suite creates about a thousand tenants, and an RSA key costs a fifth of a second each.
    /// </summary>
    public bool AtCreation { get; set; } = true;
}
