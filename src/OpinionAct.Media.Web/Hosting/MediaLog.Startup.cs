namespace OpinionAct.Media.Web.Hosting;

/// <summary>Log messages of a node that just started: where people go next.</summary>
internal static partial class MediaLog
{
    [LoggerMessage(1900, LogLevel.Information, "Agency console: {Url}")]
    public static partial void ConsoleAt(this ILogger logger, string url);

    [LoggerMessage(1901, LogLevel.Information, "Demo hub {Tenant}: {SiteUrl} (its admin: {AdminUrl})")]
    public static partial void DemoAt(this ILogger logger, string tenant, string siteUrl, string adminUrl);

    [LoggerMessage(1902, LogLevel.Information, "Editor account for {Tenant}: run this program with '{Command}' (password from stdin, or generated and printed once)")]
    public static partial void EditorAccountHint(this ILogger logger, string tenant, string command);
}
