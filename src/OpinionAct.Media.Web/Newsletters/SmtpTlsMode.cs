namespace OpinionAct.Media.Web.Newsletters;

public enum SmtpTlsMode
{
    /// <summary>Plain SMTP; only sensible on loopback or a trusted relay.</summary>
    None,
    /// <summary>STARTTLS when the server offers it (the usual port 25/587 setting).</summary>
    StartTlsWhenAvailable,
    /// <summary>STARTTLS required: refuse to send in clear.</summary>
    StartTls,
    /// <summary>TLS from the first byte (port 465).</summary>
    Tls,
}
