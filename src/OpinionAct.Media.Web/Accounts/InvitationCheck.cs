namespace OpinionAct.Media.Web.Accounts;

/// <summary>What an invitation link is worth: usable, or why not (each gets its own page).</summary>
public enum InvitationCheck
{
    Valid,

    /// <summary>No invitation has this token: mistyped, tampered with, or replaced by a newer invitation.</summary>
    Unknown,
    Expired,
    AlreadyUsed,
}
