namespace OpinionAct.Media.Web.Bounces;

/// <summary>The bounce section of the mail settings form: return path, VERP, and the mailbox to read.</summary>
public sealed record BounceSettingsDraft
{
    /// <summary>Empty = no return path of our own (the sender's address is the envelope sender).</summary>
    public string? ReturnPath { get; init; }

    public bool Verp { get; init; }

    /// <summary>Empty = no mailbox is read.</summary>
    public string? ImapHost { get; init; }

    public int? ImapPort { get; init; }

    public string ImapTlsMode { get; init; } = "StartTlsWhenAvailable";

    public string? ImapUserName { get; init; }

    /// <summary>Null or empty keeps the stored password.</summary>
    public string? ImapPassword { get; init; }

    public bool ClearImapPassword { get; init; }

    public string ImapFolder { get; init; } = "INBOX";

    /// <summary>True: move processed mail to <see cref="ProcessedFolder"/>; false: delete it.</summary>
    public bool MoveProcessed { get; init; } = true;

    public string ProcessedFolder { get; init; } = "Processed";
}
