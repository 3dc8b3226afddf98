namespace OpinionAct.Media.Web.Newsletters;

/// <summary>What an SMTP server's <c>EHLO</c> reply offers, of what <see cref="SmtpConnection"/> uses.</summary>
[Flags]
internal enum SmtpExtensions
{
    None = 0,

    /// <summary>RFC 2920: the envelope and <c>DATA</c> go in one write.</summary>
    Pipelining = 1,

    /// <summary>RFC 3207.</summary>
    StartTls = 2,

    /// <summary>RFC 4954 with the PLAIN mechanism (RFC 4616).</summary>
    AuthPlain = 4,

    /// <summary>The LOGIN mechanism, which older servers offer alone.</summary>
    AuthLogin = 8,
}
