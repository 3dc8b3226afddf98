namespace OpinionAct.Media.Hosting;

/// <summary><c>Media:DataProtection:Certificate</c>: a PFX file with its private key; the password comes from configuration, never from a log.</summary>
public sealed class CertificateOptions
{
    public string? Path { get; set; }

    public string? Password { get; set; }
}
