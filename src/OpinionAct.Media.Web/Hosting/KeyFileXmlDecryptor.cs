using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// Reads what <see cref="KeyFileXmlEncryptor"/> wrote. Data protection creates it by type name from the key
/// XML, with the application's services, so it asks them for the master key.
/// </summary>
internal sealed class KeyFileXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var protection = services.GetRequiredService<KeyRingProtection>();
        var masterKey = protection.MasterKey;
        var expected = (string?)encryptedElement.Attribute("masterKey");
        if (expected is not null && !string.Equals(expected, KeyFileXmlEncryptor.Fingerprint(masterKey), StringComparison.OrdinalIgnoreCase))
        {
            throw new CryptographicException($"This data protection key was encrypted with another master key than '{protection.MasterKeySource}'.");
        }

        var input = Convert.FromBase64String((string?)encryptedElement.Element("value") ?? string.Empty);
        if (input.Length < KeyFileXmlEncryptor.NonceBytes + KeyFileXmlEncryptor.TagBytes)
        {
            throw new CryptographicException("The encrypted data protection key is truncated.");
        }

        var plaintext = new byte[input.Length - KeyFileXmlEncryptor.NonceBytes - KeyFileXmlEncryptor.TagBytes];
        using (var aes = new AesGcm(masterKey, KeyFileXmlEncryptor.TagBytes))
        {
            aes.Decrypt(
                input.AsSpan(0, KeyFileXmlEncryptor.NonceBytes),
                input.AsSpan(KeyFileXmlEncryptor.NonceBytes + KeyFileXmlEncryptor.TagBytes),
                input.AsSpan(KeyFileXmlEncryptor.NonceBytes, KeyFileXmlEncryptor.TagBytes),
                plaintext);
        }

        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
