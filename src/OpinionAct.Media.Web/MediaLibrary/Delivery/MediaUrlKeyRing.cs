using System.Security.Cryptography;
using System.Text;

namespace OpinionAct.Media.Web.MediaLibrary.Delivery;

/// <summary>One tenant's image URL keys: the newest signs, all of them verify.</summary>
internal sealed class MediaUrlKeyRing(IReadOnlyList<(string Id, byte[] Secret)> keys, DateTime loadedUtc)
{
    /// <summary>Bytes of HMAC-SHA256 kept in a URL: 128 bits, 22 characters of base64url.</summary>
    private const int SignatureBytes = 16;

    public DateTime LoadedUtc { get; } = loadedUtc;

    public string SigningKeyId => keys[0].Id;

    public bool Knows(string keyId) => keys.Any(k => k.Id == keyId);

    public string Sign(string path) => Sign(keys[0].Secret, path);

    public bool Verify(string path, string? keyId, string? signature)
    {
        if (keyId is null || signature is null || signature.Length != 22)
        {
            return false;
        }

        foreach (var (id, secret) in keys)
        {
            if (id == keyId)
            {
                return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, path)), Encoding.ASCII.GetBytes(signature));
            }
        }

        return false;
    }

    private static string Sign(byte[] secret, string path)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(path), mac);
        return Convert.ToBase64String(mac[..SignatureBytes]).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
