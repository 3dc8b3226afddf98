namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// The host-wide SMTP default (configuration section <c>Media:Smtp</c>), used by tenants that have
/// no SMTP settings of their own. The password comes from the environment or a secret store, never the repository.
/// </summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Media:Smtp";

    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    public SmtpTlsMode TlsMode { get; set; } = SmtpTlsMode.StartTlsWhenAvailable;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Seconds to wait for a connection or a reply before the attempt counts as transient failure.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
