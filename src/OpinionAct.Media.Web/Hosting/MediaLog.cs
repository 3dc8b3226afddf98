using OpinionAct.Media.Hosting;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>Every log line of the platform, as source-generated structured messages (no boxing, no parsing at run time).</summary>
internal static partial class MediaLog
{
    [LoggerMessage(1000, LogLevel.Information, "Media host started with data in {DataPath} on {Provider}; {Count} tenant(s)")]
    public static partial void HostStarted(this ILogger logger, string dataPath, DatabaseProvider provider, int count);

    [LoggerMessage(1001, LogLevel.Information, "Demo tenant {Tenant} created at /{Prefix}")]
    public static partial void DemoCreated(this ILogger logger, string tenant, string prefix);

    [LoggerMessage(1002, LogLevel.Error, "Demo tenant could not be created: {Reason}")]
    public static partial void DemoFailed(this ILogger logger, string reason);

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

    [LoggerMessage(1403, LogLevel.Warning, "Agency sign-in refused: {Reason}")]
    public static partial void AgencySignInRefused(this ILogger logger, string reason);

    [LoggerMessage(1200, LogLevel.Information, "Released resources of tenant {Tenant}")]
    public static partial void TenantReleased(this ILogger logger, string tenant);

    [LoggerMessage(1201, LogLevel.Debug, "Tenant table reloaded at version {Version} with {Count} tenants")]
    public static partial void TenantTableReloaded(this ILogger logger, long version, int count);

    [LoggerMessage(1300, LogLevel.Information, "Published {Count} scheduled article(s) of tenant {Tenant}")]
    public static partial void ScheduledPublished(this ILogger logger, string tenant, int count);

    [LoggerMessage(1301, LogLevel.Error, "Publishing scheduled articles of tenant {Tenant} failed")]
    public static partial void SchedulerFailed(this ILogger logger, Exception exception, string tenant);

    [LoggerMessage(1202, LogLevel.Warning, "Could not refresh the tenant table")]
    public static partial void TenantTableRefreshFailed(this ILogger logger, Exception exception);

    [LoggerMessage(1400, LogLevel.Information, "Editor {UserId} signed in to tenant {Tenant}")]
    public static partial void EditorSignedIn(this ILogger logger, string tenant, string userId);

    [LoggerMessage(1401, LogLevel.Warning, "Editor sign-in refused at tenant {Tenant}: {Reason}")]
    public static partial void EditorSignInRefused(this ILogger logger, string tenant, string reason);

    [LoggerMessage(1402, LogLevel.Warning, "Editor cookie refused at tenant {Tenant}: {Reason}")]
    public static partial void EditorCookieRefused(this ILogger logger, string tenant, string reason);
}
