using System.Collections.Frozen;

namespace OpinionAct.Media.Audit;

/// <summary>
/// The audit log's fixed vocabulary of actions: what the admin page filters on and what an export lists.
/// A module records only these names, so the log stays searchable; a new kind of event adds a constant here.
/// </summary>
public static class AuditActions
{
    public const string SignInSucceeded = "signin.succeeded";
    public const string SignInFailed = "signin.failed";
    public const string SignOut = "signout";
    public const string SupportSignIn = "support.signin";
    public const string PasswordResetRequested = "password.reset_requested";
    public const string PasswordReset = "password.reset";
    public const string TwoFactorEnabled = "2fa.enabled";
    public const string TwoFactorDisabled = "2fa.disabled";
    public const string TwoFactorFailed = "2fa.failed";
    public const string RecoveryCodeUsed = "2fa.recovery_code_used";
    public const string SessionRevoked = "session.revoked";
    public const string RoleChanged = "role.changed";
    public const string UserCreated = "user.created";
    public const string UserInvited = "user.invited";
    public const string InvitationAccepted = "user.invitation_accepted";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string ArticlePublished = "article.published";
    public const string ArticleUnpublished = "article.unpublished";
    public const string ArticleArchived = "article.archived";
    public const string ArticleDeleted = "article.deleted";
    public const string TopicDeleted = "topic.deleted";
    public const string RedirectDeleted = "redirect.deleted";
    public const string IntegrationCreated = "integration.created";
    public const string IntegrationRevoked = "integration.revoked";
    public const string ContentKeyRegenerated = "contentkey.regenerated";
    public const string KeyRotated = "key.rotated";
    public const string ExportCreated = "export.created";
    public const string WebhookCreated = "webhook.created";
    public const string WebhookUpdated = "webhook.updated";
    public const string WebhookDeleted = "webhook.deleted";
    public const string SettingsChanged = "settings.changed";
    public const string SendingPaused = "sending.paused";
    public const string SendingResumed = "sending.resumed";
    public const string RepermissionStarted = "repermission.started";
    public const string RepermissionClosed = "repermission.closed";
    public const string DkimKeyCreated = "dkim.created";
    public const string DkimKeyRotated = "dkim.rotated";
    public const string DkimKeyRemoved = "dkim.removed";
    public const string ExpertVerified = "expert.verified";
    public const string ExpertVerificationCleared = "expert.verification_cleared";

    /// <summary>Every action, in the order the admin's filter lists them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        SignInSucceeded, SignInFailed, SignOut, SupportSignIn, PasswordResetRequested, PasswordReset,
        TwoFactorEnabled, TwoFactorDisabled, TwoFactorFailed, RecoveryCodeUsed, SessionRevoked,
        RoleChanged, UserCreated, UserInvited, InvitationAccepted, UserDisabled, UserEnabled,
        ArticlePublished, ArticleUnpublished, ArticleArchived, ArticleDeleted, TopicDeleted, RedirectDeleted,
        IntegrationCreated, IntegrationRevoked, ContentKeyRegenerated, KeyRotated, ExportCreated,
        WebhookCreated, WebhookUpdated, WebhookDeleted, SettingsChanged,
        SendingPaused, SendingResumed, RepermissionStarted, RepermissionClosed,
        DkimKeyCreated, DkimKeyRotated, DkimKeyRemoved,
        ExpertVerified, ExpertVerificationCleared,
        .. Questions.QuestionActions.All,
        .. Content.CorrectionNoticeActions.All,
        .. Ambassadors.AmbassadorActions.All,
        .. Syndication.SyndicationActions.All,
    ];

    private static readonly FrozenSet<string> Known = All.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string? action) => action is not null && Known.Contains(action);
}
