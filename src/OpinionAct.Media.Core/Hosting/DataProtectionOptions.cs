namespace OpinionAct.Media.Hosting;

/// <summary>
/// <c>Media:DataProtection</c>: how the key ring (which signs cookies, antiforgery tokens and emailed links)
/// is encrypted at rest. With a certificate, keys are encrypted to it; without, to a master key in a file
/// beside the key ring (see docs/security.md for what each defends against).
/// </summary>
public sealed class DataProtectionOptions
{
    public CertificateOptions Certificate { get; set; } = new();

    /// <summary>The master key file used without a certificate; relative to the content root. Default: <c>{DataPath}/keyring-master.key</c>.</summary>
    public string? KeyFile { get; set; }

    /// <summary>
    /// A base64 256-bit master key given by the environment (<c>Media__DataProtection__MasterKey</c>), used instead
    /// of the key file: the secret a cluster's nodes share to read one key ring. Never logged, never in the repository.
    /// </summary>
    public string? MasterKey { get; set; }
}
