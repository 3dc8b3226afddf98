namespace OpinionAct.Media.Web.MediaLibrary;

/// <summary>Log messages of the media library (event ids 1700–1799).</summary>
internal static partial class MediaLibraryLog
{
    [LoggerMessage(1701, LogLevel.Information, "Upload refused for tenant {Tenant}: {Reason}")]
    public static partial void UploadRefused(this ILogger logger, string tenant, string reason);

    [LoggerMessage(1710, LogLevel.Information, "Media item {Id} of tenant {Tenant} replaced by {User}")]
    public static partial void MediaReplaced(this ILogger logger, string tenant, int id, string? user);

    [LoggerMessage(1711, LogLevel.Information, "Media item {Id} of tenant {Tenant} deleted by {User}")]
    public static partial void MediaDeleted(this ILogger logger, string tenant, int id, string? user);

    [LoggerMessage(1730, LogLevel.Information, "Variants of {Count} imported media item(s) of tenant {Tenant} rendered in the background")]
    public static partial void VariantsPrerendered(this ILogger logger, string tenant, int count);

    [LoggerMessage(1731, LogLevel.Warning, "Background rendering of imported media variants failed for tenant {Tenant}; first readers render them instead")]
    public static partial void PrerenderFailed(this ILogger logger, Exception exception, string tenant);

    [LoggerMessage(1750, LogLevel.Information, "Recipe media file {TargetPath} of tenant {Tenant}: {Outcome} (item {Id})")]
    public static partial void RecipeMediaImported(this ILogger logger, string tenant, string targetPath, MediaImportOutcome outcome, int id);

    [LoggerMessage(1751, LogLevel.Warning, "Recipe media file {TargetPath} of tenant {Tenant} not imported: {Reason}")]
    public static partial void RecipeMediaRefused(this ILogger logger, string tenant, string targetPath, string reason);
}
