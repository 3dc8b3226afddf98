namespace OpinionAct.Media.Web.Tenancy;

/// <summary>Tenants: recording, setup, heartbeats, removal and the tenant table (event ids 1100–1299).</summary>
internal static partial class TenancyLog
{
    [LoggerMessage(1100, LogLevel.Information, "Tenant {Tenant} recorded; setting it up from recipe {Recipe}")]
    public static partial void TenantRecorded(this ILogger logger, string tenant, string recipe);

    [LoggerMessage(1101, LogLevel.Error, "Setting up tenant {Tenant} failed; removing it")]
    public static partial void TenantSetupFailed(this ILogger logger, Exception exception, string tenant);

    [LoggerMessage(1102, LogLevel.Information, "Tenant {Tenant} is running")]
    public static partial void TenantRunning(this ILogger logger, string tenant);

    [LoggerMessage(1103, LogLevel.Information, "Tenant {Tenant} removed with its storage")]
    public static partial void TenantRemoved(this ILogger logger, string tenant);

    [LoggerMessage(1104, LogLevel.Warning, "Recipe for tenant {Tenant} was not applied: {Summary}")]
    public static partial void TenantRecipeFailed(this ILogger logger, string tenant, string summary);

    [LoggerMessage(1105, LogLevel.Warning, "Setup of tenant {Tenant} stopped sending heartbeats at {LastHeartbeat}; rolling it back")]
    public static partial void TenantSetupAbandoned(this ILogger logger, string tenant, DateTimeOffset lastHeartbeat);

    [LoggerMessage(1106, LogLevel.Warning, "Could not record the setup heartbeat of tenant {Tenant}")]
    public static partial void TenantSetupHeartbeatFailed(this ILogger logger, Exception exception, string tenant);

    [LoggerMessage(1107, LogLevel.Information, "Tenant {Tenant} changed (display name, address or theme)")]
    public static partial void TenantUpdated(this ILogger logger, string tenant);

    [LoggerMessage(1200, LogLevel.Information, "Released resources of tenant {Tenant}")]
    public static partial void TenantReleased(this ILogger logger, string tenant);

    [LoggerMessage(1201, LogLevel.Debug, "Tenant table reloaded at version {Version} with {Count} tenants")]
    public static partial void TenantTableReloaded(this ILogger logger, long version, int count);

    [LoggerMessage(1202, LogLevel.Warning, "Could not refresh the tenant table")]
    public static partial void TenantTableRefreshFailed(this ILogger logger, Exception exception);

    [LoggerMessage(2360, LogLevel.Error, "Background job {Kind} failed for tenant {Tenant}; it is tried again in a minute")]
    public static partial void TenantJobFailed(this ILogger logger, Exception exception, string kind, string tenant);

    [LoggerMessage(2361, LogLevel.Warning, "Could not record the next-work time of tenant {Tenant} in the tenant table")]
    public static partial void TenantWorkWriteBackFailed(this ILogger logger, Exception exception, string tenant);
}
