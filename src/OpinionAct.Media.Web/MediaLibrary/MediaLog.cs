namespace OpinionAct.Media.Web.MediaLibrary;

/// <summary>Log messages of the media library (event ids 1700–1799).</summary>
internal static partial class MediaLibraryLog
{
    [LoggerMessage(1700, LogLevel.Information, "Media item {Id} ({FileName}, {Width}×{Height}, {Bytes} bytes) added to tenant {Tenant}")]
    public static partial void MediaAdded(this ILogger logger, string tenant, int id, string fileName, int width, int height, long bytes);

    [LoggerMessage(1701, LogLevel.Information, "Upload refused for tenant {Tenant}: {Reason}")]
    public static partial void UploadRefused(this ILogger logger, string tenant, string reason);

    [LoggerMessage(1710, LogLevel.Information, "Media item {Id} of tenant {Tenant} replaced by {User}")]
    public static partial void MediaReplaced(this ILogger logger, string tenant, int id, string? user);

    [LoggerMessage(1711, LogLevel.Information, "Media item {Id} of tenant {Tenant} deleted by {User}")]
    public static partial void MediaDeleted(this ILogger logger, string tenant, int id, string? user);
}
