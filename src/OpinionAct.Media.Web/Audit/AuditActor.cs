using OpinionAct.Media.Audit;

namespace OpinionAct.Media.Web.Audit;

/// <summary>Who an audit entry names: an editor by email, an integration by name, the platform, or agency support staff by email.</summary>
public sealed record AuditActor(AuditActorKind Kind, string Name)
{
    public static readonly AuditActor System = new(AuditActorKind.System, "system");

    public static AuditActor User(string email) => new(AuditActorKind.User, email);

    public static AuditActor Integration(string name) => new(AuditActorKind.Integration, name);

    public static AuditActor Support(string email) => new(AuditActorKind.Support, email);
}
