namespace OpinionAct.Media.Data.Accounts;

/// <summary>
/// An invitation to join a hub with a role. Only the SHA-256 of the link's token is stored; the link works
/// once (<see cref="AcceptedUtc"/>) until <see cref="ExpiresUtc"/>. Inviting the same address again replaces it.
/// </summary>
public sealed class InvitationRecord
{
    public int Id { get; set; }

    public required string Email { get; set; }

    /// <summary>The address upper-cased, as Identity normalises it: one pending invitation per address.</summary>
    public required string NormalizedEmail { get; set; }

    public required string Role { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token in the link.</summary>
    public required string TokenHash { get; set; }

    /// <summary>Who invited: an Admin's email, or the agency staff member's.</summary>
    public required string InvitedBy { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    public DateTime? AcceptedUtc { get; set; }
}
