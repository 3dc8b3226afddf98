namespace OpinionAct.Media.Web.Apis;

/// <summary>Log messages of the APIs module (event ids 2200–2299). Client ids are logged; secrets and tokens never are.</summary>
internal static partial class ApisLog
{
    [LoggerMessage(2200, LogLevel.Information, "Integration {ClientId} ({Name}) created in tenant {Tenant} by {Actor} with scopes {Scopes}")]
    public static partial void IntegrationCreated(this ILogger logger, string tenant, string clientId, string name, string actor, string scopes);

    [LoggerMessage(2201, LogLevel.Information, "Integration {ClientId} of tenant {Tenant} revoked by {Actor}")]
    public static partial void IntegrationRevoked(this ILogger logger, string tenant, string clientId, string actor);

    [LoggerMessage(2202, LogLevel.Information, "OpenID keys of tenant {Tenant} rotated: key {KeyId} signs from {SignsFromUtc:u}")]
    public static partial void KeysRotated(this ILogger logger, string tenant, string keyId, DateTime signsFromUtc);

    [LoggerMessage(2203, LogLevel.Warning, "Token endpoint of tenant {Tenant} throttled client {ClientId} from {Address}")]
    public static partial void TokenRequestsThrottled(this ILogger logger, string tenant, string clientId, string address);
}
