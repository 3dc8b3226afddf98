namespace OpinionAct.Media.Web.Apis;

/// <summary>Log messages of the Admin API (event ids 2150–2199). Bodies and tokens are never logged.</summary>
internal static partial class AdminApiLog
{
    [LoggerMessage(EventId = 2150, Level = LogLevel.Information, Message = "Admin API refused {Method} {Path} on tenant {Tenant}: {Status}")]
    public static partial void Refused(this ILogger logger, string tenant, string method, string path, int status);
}
