namespace OpinionAct.Media.Content;

/// <summary>Audit actions of correction notices: who told readers of which correction, and when.</summary>
public static class CorrectionNoticeActions
{
    public const string Notified = "correction.notified";

    /// <summary>Listed in <see cref="Audit.AuditActions.All"/>, which the audit trail checks every entry against.</summary>
    public static readonly IReadOnlyList<string> All = [Notified];
}
