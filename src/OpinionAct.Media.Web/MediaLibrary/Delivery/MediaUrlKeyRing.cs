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

    /// <summary>Most signatures of the signing key kept (see <see cref="_signed"/>); past it they start again empty.</summary>
    public const int SignaturesKept = 4_096;

    /// <summary>
    /// Signatures by the signing key, by path: a page signs the same srcset URLs on every build (a card's image at each
    /// width and format), and a reader's browser asks for those URLs, each verified again. An HMAC of the same path under
    /// the same key never changes, and the ring itself is replaced within minutes (<see cref="MediaUrlKeys"/>), so what is
    /// kept here is always what signing again would give. Only paths this node signed, or whose signature a request
    /// proved, are kept, so requests with made-up paths cannot fill it.
    /// </summary>
    private readonly ConcurrentDictionary<string, string> _signed = new(StringComparer.Ordinal);

    public string Sign(string path)
    {
        if (_signed.TryGetValue(path, out var known))
        {
            return known;
        }

        var signature = Sign(0, path);
        Keep(path, signature);
        return signature;
    }

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
                var expected = index == 0 && _signed.TryGetValue(path, out var known) ? known : Sign(index, path);
                var valid = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature));
                if (valid && index == 0)
                {
                    Keep(path, expected);
                }

                return valid;
            }
        }

        return false;
    }

    /// <summary>How many signatures are kept (for tests).</summary>
    internal int SignaturesHeld => _signed.Count;

    private void Keep(string path, string signature)
    {
        if (_signed.Count >= SignaturesKept)
        {
            _signed.Clear();
        }

        _signed.TryAdd(path, signature);
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
