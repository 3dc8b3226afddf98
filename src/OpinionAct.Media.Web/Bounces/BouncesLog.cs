namespace OpinionAct.Media.Web.Bounces;

/// <summary>Log messages of the bounce mailbox (event ids 2390–2399). Addresses and passwords are never logged.</summary>
internal static partial class BouncesLog
{
    [LoggerMessage(2390, LogLevel.Information, "Bounce mailbox of tenant {Tenant}: {Fetched} fetched, {Hard} hard, {Soft} soft, {Complaints} complaint(s), {Unmatched} unmatched, {Ignored} ignored, {Refused} refused, {Malformed} malformed")]
    public static partial void BouncePass(this ILogger logger, string tenant, int fetched, int hard, int soft, int complaints, int unmatched, int ignored, int refused, int malformed);

    [LoggerMessage(2391, LogLevel.Warning, "Bounce mailbox of tenant {Tenant} could not be read: {Error}")]
    public static partial void BouncePassFailed(this ILogger logger, string tenant, string error);

    [LoggerMessage(2392, LogLevel.Warning, "Bounce mailbox of tenant {Tenant}: message UID {Uid} carries a VERP token that is not this tenant's (forged or another tenant's); nothing recorded")]
    public static partial void BounceTokenRefused(this ILogger logger, string tenant, uint uid);

    [LoggerMessage(2393, LogLevel.Information, "Bounce mailbox of tenant {Tenant}: message UID {Uid} reports on nobody on the list; nothing recorded")]
    public static partial void BounceUnmatched(this ILogger logger, string tenant, uint uid);

    [LoggerMessage(2394, LogLevel.Warning, "Bounce mailbox of tenant {Tenant}: message UID {Uid} is a malformed report: {Problem}")]
    public static partial void BounceMalformed(this ILogger logger, string tenant, uint uid, string problem);

    [LoggerMessage(2395, LogLevel.Warning, "Bounce mailbox of tenant {Tenant}: another reader advanced the progress mark; this pass stops without recording its batch")]
    public static partial void BounceMarkMoved(this ILogger logger, string tenant);

    [LoggerMessage(2396, LogLevel.Information, "Bounce mailbox settings of tenant {Tenant} changed by user {UserId}")]
    public static partial void BounceSettingsChanged(this ILogger logger, string tenant, string? userId);
}
