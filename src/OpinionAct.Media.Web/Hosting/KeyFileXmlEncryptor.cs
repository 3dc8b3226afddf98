using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// Encrypts a key's secret XML with AES-256-GCM under the master key file. The output names its decryptor
/// and the master key it needs (by a fingerprint, never the key), so a key ring moved without its key file
/// fails with a message saying so.
/// </summary>
internal sealed class KeyFileXmlEncryptor(byte[] masterKey) : IXmlEncryptor
{
    public const int NonceBytes = 12;
    public const int TagBytes = 16;

    public static readonly XName Element = "encryptedKeyFileSecret";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var output = new byte[NonceBytes + TagBytes + plaintext.Length];
        var nonce = output.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(masterKey, TagBytes))
        {
            aes.Encrypt(nonce, plaintext, output.AsSpan(NonceBytes + TagBytes), output.AsSpan(NonceBytes, TagBytes));
        }

        CryptographicOperations.ZeroMemory(plaintext);
        var element = new XElement(
            Element,
            new XAttribute("algorithm", "AES-256-GCM"),
            new XAttribute("masterKey", Fingerprint(masterKey)),
            new XComment(" Encrypted with the master key of Media:DataProtection:MasterKey or the key file (Media:DataProtection:KeyFile); see docs/security.md. "),
            new XElement("value", Convert.ToBase64String(output)));
        return new EncryptedXmlInfo(element, typeof(KeyFileXmlDecryptor));
    }

    /// <summary>Names a master key without revealing it: the first bytes of its SHA-256.</summary>
    public static string Fingerprint(byte[] key) => Convert.ToHexString(SHA256.HashData(key).AsSpan(0, 8));
}
