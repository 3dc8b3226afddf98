namespace OpinionAct.Media.Web.Content.Api;

/// <summary>Content API: the content key (event ids 2100–2149). The key itself is never logged.</summary>
internal static partial class ContentApiLog
{
    [LoggerMessage(2100, LogLevel.Information, "The Content API key of tenant {Tenant} was regenerated")]
    public static partial void ContentKeyRegenerated(this ILogger logger, string tenant);

    [LoggerMessage(2101, LogLevel.Information, "The Content API of tenant {Tenant} now requires the key: {Required}")]
    public static partial void ContentKeyRequirementChanged(this ILogger logger, string tenant, bool required);

    [LoggerMessage(2102, LogLevel.Debug, "A Content API read of tenant {Tenant} was refused: {Reason}")]
    public static partial void ContentKeyRefused(this ILogger logger, string tenant, string reason);
}
