namespace OpinionAct.Media.Web.Newsletters;

/// <summary>The mail settings form: an empty host means "use the platform's default server".</summary>
public sealed record SmtpSettingsDraft
{
    public string? Host { get; init; }

    public int? Port { get; init; }

    public string TlsMode { get; init; } = nameof(SmtpTlsMode.StartTlsWhenAvailable);

    public string? UserName { get; init; }

    /// <summary>Null or empty keeps the stored password.</summary>
    public string? Password { get; init; }

    public bool ClearPassword { get; init; }

    public bool ClickTracking { get; init; }
}
