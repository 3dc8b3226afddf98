using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// How the data protection key ring is encrypted at rest: to the certificate of
/// <c>Media:DataProtection:Certificate</c> when one is configured (data protection's own
/// <c>ProtectKeysWithCertificate</c>), otherwise with AES-256-GCM under a master key: <c>Media:DataProtection:MasterKey</c> when set (what a
/// cluster's nodes share), else a file of its own (created on first start, readable by the node's user only).
/// Without either, every key (which signs cookies, antiforgery tokens and emailed links, and encrypts
/// stored SMTP passwords) would sit on disk in plain text.
/// </summary>
public sealed class KeyRingProtection
{
    public const string DefaultKeyFileName = "keyring-master.key";

    private readonly Lazy<byte[]> _masterKey;
    private readonly ILogger _logger;

    public KeyRingProtection(IOptions<MediaOptions> media, ILogger<KeyRingProtection> logger)
    {
        _logger = logger;
        KeyFilePath = Path.GetFullPath(media.Value.DataProtection.KeyFile ?? Path.Combine(media.Value.DataPath, DefaultKeyFileName), media.Value.DataPath);
        var shared = media.Value.DataProtection.MasterKey;
        IsShared = !string.IsNullOrWhiteSpace(shared);
        _masterKey = IsShared
            ? new(() => SharedMasterKey.Parse(shared!))
            : new(() => MasterKeyFile.LoadOrCreate(KeyFilePath, logger));
    }

    public string KeyFilePath { get; }

    /// <summary>True when the master key comes from <c>Media:DataProtection:MasterKey</c> (shared by a cluster's nodes) rather than the key file.</summary>
    public bool IsShared { get; }

    /// <summary>Where the master key comes from, for messages (a path or a setting name, never the key).</summary>
    public string MasterKeySource => IsShared ? SharedMasterKey.Setting : KeyFilePath;

    /// <summary>The 256-bit master key: the shared setting, or the key file (read, or created, on first use).</summary>
    internal byte[] MasterKey => _masterKey.Value;

    public IXmlEncryptor CreateEncryptor()
    {
        if (IsShared)
        {
            _logger.KeysProtectedBySharedKey();
        }
        else
        {
            _logger.KeysProtectedByKeyFile(KeyFilePath);
        }

        return new KeyFileXmlEncryptor(MasterKey);
    }

    /// <summary>
    /// The certificate of <c>Media:DataProtection:Certificate</c>, or null when none is configured. Read while
    /// services are registered, because data protection's certificate decryption can only be told of it then.
    /// </summary>
    public static X509Certificate2? LoadCertificate(CertificateOptions options, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return null;
        }

        var path = Path.GetFullPath(options.Path, contentRoot);
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.Password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException ex)
        {
            throw new MediaValidationException($"Media:DataProtection:Certificate: '{path}' could not be opened ({ex.Message}); check the file and its password.");
        }

        return certificate.HasPrivateKey
            ? certificate
            : throw new MediaValidationException($"Media:DataProtection:Certificate:Path: '{path}' has no private key; the key ring could not be read back.");
    }
}
