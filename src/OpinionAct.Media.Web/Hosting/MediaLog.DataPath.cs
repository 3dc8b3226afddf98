namespace OpinionAct.Media.Web.Hosting;

/// <summary>Log messages of a cluster member's hold on its data folder (events 2590–2599, issue 17).</summary>
internal static partial class MediaLog
{
    [LoggerMessage(2590, LogLevel.Information, "Data path {DataPath} locked by this node ({Node}, process {ProcessId}) for as long as it runs")]
    public static partial void DataPathLocked(this ILogger logger, string dataPath, string node, int processId);
}
