namespace OpinionAct.Media.Ambassadors;

/// <summary>Audit actions of ambassadors: who created which ambassador and who revoked a share link.</summary>
public static class AmbassadorActions
{
    public const string Created = "ambassador.created";
    public const string Revoked = "ambassador.revoked";

    /// <summary>Listed in <see cref="Audit.AuditActions.All"/>, which the audit trail checks every entry against.</summary>
    public static readonly IReadOnlyList<string> All = [Created, Revoked];
}
