using System.Buffers.Text;
using System.Collections.Concurrent;
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

    /// <summary>
    /// Keyed HMAC instances, per key, reused across calls: the one-shot <c>HMACSHA256.HashData</c> sets the key up
    /// again on every call (an OpenSSL MAC fetch and init), which made signing a page's srcset URLs the largest single
    /// cost of building a home page (issue 15's profile). A reset instance keeps its key, so a signature costs only the
    /// two hashes. Each instance is used by one caller at a time: taken from the bag, returned after.
    /// </summary>
    private readonly ConcurrentBag<IncrementalHash>[] _hmacs = [.. keys.Select(_ => new ConcurrentBag<IncrementalHash>())];

    public string Sign(string path) => Sign(0, path);

    public bool Verify(string path, string? keyId, string? signature)
    {
        if (keyId is null || signature is null || signature.Length != 22)
        {
            return false;
        }

        for (var index = 0; index < keys.Count; index++)
        {
            if (keys[index].Id == keyId)
            {
                return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(index, path)), Encoding.ASCII.GetBytes(signature));
            }
        }

        return false;
    }

    private string Sign(int keyIndex, string path)
    {
        var pool = _hmacs[keyIndex];
        var hmac = pool.TryTake(out var idle) ? idle : IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, keys[keyIndex].Secret);
        Span<byte> mac = stackalloc byte[32];
        try
        {
            hmac.AppendData(Encoding.UTF8.GetBytes(path));
            hmac.GetHashAndReset(mac);
        }
        catch
        {
            hmac.Dispose(); // its state is unknown: never reused
            throw;
        }

        pool.Add(hmac);
        return Base64Url.EncodeToString(mac[..SignatureBytes]);
    }
}
