namespace OpinionAct.Media.Web.Deliverability;

/// <summary>Log messages of list hygiene (event ids 2400–2419): counts and ids, never addresses.</summary>
internal static partial class ListHygieneLog
{
    [LoggerMessage(2400, LogLevel.Warning, "Tenant {Tenant}: newsletter sending paused, {Complaints} complaint(s) for {Sent} message(s) in the window")]
    public static partial void SendingPaused(this ILogger logger, string tenant, int complaints, int sent);

    [LoggerMessage(2401, LogLevel.Information, "Tenant {Tenant}: issue {IssueId} not sent this pass, sending is paused")]
    public static partial void SendPassPaused(this ILogger logger, string tenant, int issueId);

    [LoggerMessage(2402, LogLevel.Information, "Tenant {Tenant}: re-permission campaign {CampaignId} asks {Count} subscriber(s) of newsletter {NewsletterId}")]
    public static partial void RepermissionStarted(this ILogger logger, string tenant, int campaignId, int count, int newsletterId);

    [LoggerMessage(2403, LogLevel.Information, "Tenant {Tenant}: re-permission campaign {CampaignId} closed, {Kept} kept, {Removed} unsubscribed")]
    public static partial void RepermissionClosed(this ILogger logger, string tenant, int campaignId, int kept, int removed);

    [LoggerMessage(2404, LogLevel.Error, "Tenant {Tenant}: closing re-permission campaigns failed")]
    public static partial void RepermissionCloseFailed(this ILogger logger, Exception exception, string tenant);
}
