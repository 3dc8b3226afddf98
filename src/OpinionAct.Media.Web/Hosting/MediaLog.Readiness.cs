namespace OpinionAct.Media.Web.Hosting;

/// <summary>Log messages of a node's readiness and telemetry (event ids 2564–2569, issue 17).</summary>
internal static partial class MediaLog
{
    [LoggerMessage(2564, LogLevel.Warning, "The database cannot be reached ({Error}: {Reason}): answering 503; {Refused} request(s) refused since the last report")]
    public static partial void DatabaseUnreachable(this ILogger logger, string error, string reason, int refused);

    [LoggerMessage(2565, LogLevel.Information, "Node {Node} sends OpenTelemetry traces and metrics to {Endpoint} ({Protocol})")]
    public static partial void TelemetryExporting(this ILogger logger, string node, string endpoint, string protocol);
}
