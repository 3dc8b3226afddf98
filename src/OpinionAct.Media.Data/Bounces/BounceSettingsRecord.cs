namespace OpinionAct.Media.Data.Bounces;

/// <summary>
/// A tenant's return path and bounce mailbox (one row). Without <see cref="ReturnPath"/> messages go out with the
/// sender's address as envelope sender (as before); with it, bounces go there, per recipient with VERP when
/// <see cref="Verp"/> is on. Without <see cref="ImapHost"/> no mailbox is read. Secrets are stored encrypted with
/// Data Protection (purpose bound to the tenant) and never shown back.
/// </summary>
public sealed class BounceSettingsRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>The SMTP envelope sender (<c>MAIL FROM</c>), e.g. <c>bounces@lettres.example.org</c>.</summary>
    public string? ReturnPath { get; set; }

    /// <summary>Issue messages go out as <c>{local}+{token}@{domain}</c>, the token naming subscriber and issue.</summary>
    public bool Verp { get; set; }

    /// <summary>The tenant's VERP HMAC key (32 random bytes, Base64) protected with Data Protection.</summary>
    public string? VerpKeyProtected { get; set; }

    public string? ImapHost { get; set; }

    public int? ImapPort { get; set; }

    /// <summary>Name of an <c>SmtpTlsMode</c> value (the same choices as for SMTP).</summary>
    public string? ImapTlsMode { get; set; }

    public string? ImapUserName { get; set; }

    public string? ImapPasswordProtected { get; set; }

    /// <summary>The folder bounces arrive in (default <c>INBOX</c>).</summary>
    public string ImapFolder { get; set; } = "INBOX";

    /// <summary>Processed mail is moved to <see cref="ProcessedFolder"/> (created when missing), or deleted when false.</summary>
    public bool MoveProcessed { get; set; } = true;

    public string ProcessedFolder { get; set; } = "Processed";

    public DateTime UpdatedUtc { get; set; }
}
