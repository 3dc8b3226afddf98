namespace OpinionAct.Media.Web.Ambassadors;

/// <summary>Log messages of the ambassadors: event ids 2620–2639. Codes, secrets and email addresses are never logged.</summary>
internal static partial class AmbassadorsLog
{
    [LoggerMessage(2620, LogLevel.Warning, "The ambassadors' keys of tenant {Tenant} could not be read; share links are not attributed until they can")]
    public static partial void AmbassadorKeysUnavailable(this ILogger logger, Exception exception, string tenant);

    [LoggerMessage(2621, LogLevel.Information, "Tenant {Tenant}: ambassador {AmbassadorId} created by {Editor}")]
    public static partial void AmbassadorCreated(this ILogger logger, string tenant, int ambassadorId, string? editor);

    [LoggerMessage(2622, LogLevel.Information, "Tenant {Tenant}: the share link of ambassador {AmbassadorId} was revoked by {Editor}")]
    public static partial void AmbassadorRevoked(this ILogger logger, string tenant, int ambassadorId, string? editor);

    [LoggerMessage(2623, LogLevel.Information, "Tenant {Tenant}: ambassador {AmbassadorId} unsubscribed from the monthly email ({How})")]
    public static partial void AmbassadorUnsubscribed(this ILogger logger, string tenant, int ambassadorId, string how);

    [LoggerMessage(2624, LogLevel.Information, "Tenant {Tenant}: {Count} ambassador report(s) created for {Month}")]
    public static partial void ReportsCreated(this ILogger logger, string tenant, int count, DateOnly month);

    [LoggerMessage(2625, LogLevel.Information, "Tenant {Tenant}: report {ReportId} of ambassador {AmbassadorId} for {Month} sent")]
    public static partial void ReportSent(this ILogger logger, string tenant, int reportId, int ambassadorId, DateOnly month);

    [LoggerMessage(2626, LogLevel.Warning, "Tenant {Tenant}: report {ReportId} could not be sent (attempt {Attempt}, transient: {Transient})")]
    public static partial void ReportFailed(this ILogger logger, Exception exception, string tenant, int reportId, int attempt, bool transient);

    [LoggerMessage(2627, LogLevel.Warning, "Tenant {Tenant}: report {ReportId} not sent, the hub has no newsletter to send from")]
    public static partial void ReportNoSender(this ILogger logger, string tenant, int reportId);

    [LoggerMessage(2628, LogLevel.Error, "The ambassadors' monthly reports of tenant {Tenant} failed")]
    public static partial void ReportsJobFailed(this ILogger logger, Exception exception, string tenant);
}
