using System.Buffers.Text;
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

    /// <summary>Idle keyed HMAC instances per key (see <see cref="Sign(int, string)"/>).</summary>
    private const int IdleSlotsPerKey = 8;

    /// <summary>
    /// Keyed HMAC instances, reused across calls: the one-shot <c>HMACSHA256.HashData</c> sets the key up again on
    /// every call (an OpenSSL MAC fetch and init), which made signing a page's srcset URLs the largest single cost of
    /// building a home page (issue 15's profile). A reset instance keeps its key, so a signature costs only the two
    /// hashes. Slots are taken and put back with atomic exchanges, so callers never wait on a lock; when every slot is
    /// busy a caller makes its own instance, and one that finds no free slot after use disposes of it.
    /// </summary>
    private readonly IncrementalHash?[] _idle = new IncrementalHash?[keys.Count * IdleSlotsPerKey];

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
        var hmac = Take(keyIndex) ?? IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, keys[keyIndex].Secret);
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

        PutBack(keyIndex, hmac);
        return Base64Url.EncodeToString(mac[..SignatureBytes]);
    }

    private IncrementalHash? Take(int keyIndex)
    {
        for (var slot = keyIndex * IdleSlotsPerKey; slot < (keyIndex + 1) * IdleSlotsPerKey; slot++)
        {
            if (Volatile.Read(ref _idle[slot]) is not null && Interlocked.Exchange(ref _idle[slot], null) is { } idle)
            {
                return idle;
            }
        }

        return null;
    }

    private void PutBack(int keyIndex, IncrementalHash hmac)
    {
        for (var slot = keyIndex * IdleSlotsPerKey; slot < (keyIndex + 1) * IdleSlotsPerKey; slot++)
        {
            if (Interlocked.CompareExchange(ref _idle[slot], hmac, null) is null)
            {
                return;
            }
        }

        hmac.Dispose();
    }
}
