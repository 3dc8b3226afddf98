using OpinionAct.Media.Ambassadors;

namespace OpinionAct.Media.Data.Ambassadors;

/// <summary>A person or organisation that shares the hub's articles through a personal, signed, revocable link.</summary>
public sealed class AmbassadorRecord
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public AmbassadorKind Kind { get; set; }

    /// <summary>Where the monthly figures go (lower case).</summary>
    public required string Email { get; set; }

    /// <summary>The hub's expert this ambassador is, when an editor linked one.</summary>
    public int? ExpertId { get; set; }

    /// <summary>The key of the ambassador's share code (<see cref="AmbassadorCode"/>); never shown, never exported in clear to readers.</summary>
    public required byte[] Secret { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string? CreatedBy { get; set; }

    /// <summary>Set when an editor revoked the link: visits through it are no longer attributed, and no more reports are sent.</summary>
    public DateTime? RevokedUtc { get; set; }

    /// <summary>Set when the ambassador unsubscribed from the monthly email (their link keeps working).</summary>
    public DateTime? ReportsStoppedUtc { get; set; }
}
