namespace OpinionAct.Media.Data.Audit;

/// <summary>
/// One line of a tenant's audit log. Written once, never changed. <see cref="Detail"/> is a short
/// human note ("role Editor added", an article's title): never a password, a token or a secret.
/// </summary>
public sealed class AuditEntryRecord
{
    public const int ActorLength = 256;
    public const int TargetLength = 256;
    public const int DetailLength = 500;

    public long Id { get; set; }

    public DateTime TimeUtc { get; set; }

    /// <summary>An <see cref="OpinionAct.Media.Audit.AuditActorKind"/>.</summary>
    public int ActorKind { get; set; }

    /// <summary>The editor's email, the integration's name, "system", or the agency staff member's email.</summary>
    public required string Actor { get; set; }

    /// <summary>One of <see cref="OpinionAct.Media.Audit.AuditActions"/>.</summary>
    public required string Action { get; set; }

    public string Target { get; set; } = string.Empty;

    public string Detail { get; set; } = string.Empty;

    /// <summary>The client address of the request (after trusted proxies), empty outside a request.</summary>
    public string Ip { get; set; } = string.Empty;
}
