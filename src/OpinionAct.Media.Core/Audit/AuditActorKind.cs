namespace OpinionAct.Media.Audit;

/// <summary>Who did something, by kind: an editor (by email), an API integration (by name), the platform itself, or agency staff with the support role.</summary>
public enum AuditActorKind
{
    User = 0,
    Integration = 1,
    System = 2,
    Support = 3,
}
