namespace OpinionAct.Media.Web.Accounts;

/// <summary>Accounts: editor and agency sign-in (event ids 1400–1499).</summary>
internal static partial class AccountsLog
{
    [LoggerMessage(1403, LogLevel.Warning, "Agency sign-in refused: {Reason}")]
    public static partial void AgencySignInRefused(this ILogger logger, string reason);

    [LoggerMessage(1400, LogLevel.Information, "Editor {UserId} signed in to tenant {Tenant}")]
    public static partial void EditorSignedIn(this ILogger logger, string tenant, string userId);

    [LoggerMessage(1401, LogLevel.Warning, "Editor sign-in refused at tenant {Tenant}: {Reason}")]
    public static partial void EditorSignInRefused(this ILogger logger, string tenant, string reason);

    [LoggerMessage(1402, LogLevel.Warning, "Editor cookie refused at tenant {Tenant}: {Reason}")]
    public static partial void EditorCookieRefused(this ILogger logger, string tenant, string reason);

    [LoggerMessage(1420, LogLevel.Warning, "Password reset queue full at tenant {Tenant}: one request dropped")]
    public static partial void PasswordResetQueueFull(this ILogger logger, string tenant);

    [LoggerMessage(1421, LogLevel.Error, "Password reset email not sent at tenant {Tenant}")]
    public static partial void PasswordResetFailed(this ILogger logger, Exception exception, string tenant);
}
