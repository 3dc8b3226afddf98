namespace OpinionAct.Media.Data.Accounts;

/// <summary>
/// One signed-in browser of an account: its cookie carries <see cref="Id"/>, and the cookie is refused as
/// soon as the row is gone (signed out there, or from the session list).
/// </summary>
public sealed class UserSessionRecord
{
    public const int UserAgentLength = 300;

    /// <summary>128 random bits, hex.</summary>
    public required string Id { get; set; }

    public required string UserId { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Updated at most every few minutes, not on every request.</summary>
    public DateTime LastSeenUtc { get; set; }

    public string UserAgent { get; set; } = string.Empty;

    public string Ip { get; set; } = string.Empty;
}
