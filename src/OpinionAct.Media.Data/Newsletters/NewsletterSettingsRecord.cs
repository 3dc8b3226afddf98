namespace OpinionAct.Media.Data.Newsletters;

/// <summary>
/// The tenant's own mail settings (one row). Without <see cref="SmtpHost"/> the host-wide default
/// <c>Media:Smtp</c> is used. The password is stored encrypted with Data Protection and never shown back;
/// the webhook secret is stored as a SHA-256 hash and shown once when generated.
/// </summary>
public sealed class NewsletterSettingsRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string? SmtpHost { get; set; }

    public int? SmtpPort { get; set; }

    /// <summary>Name of a <c>SmtpTlsMode</c> value ("None", "StartTlsWhenAvailable", "StartTls", "Tls").</summary>
    public string? SmtpTlsMode { get; set; }

    public string? SmtpUserName { get; set; }

    /// <summary>The SMTP password protected with Data Protection (purpose bound to the tenant).</summary>
    public string? SmtpPasswordProtected { get; set; }

    /// <summary>Rewrite links in issues to count clicks per link (never per reader); off unless an Admin turns it on.</summary>
    public bool ClickTracking { get; set; }

    /// <summary>Hex SHA-256 of the bearer secret the bounce/complaint webhook must present.</summary>
    public string? WebhookSecretHash { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
