using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// Visitor keys: HMAC-SHA256 of tenant, IP and user agent under a random salt per tenant and UTC day.
/// Salts live in the tenant's database (so every node computes the same key), are created on first
/// use, and are deleted when the day after theirs is over; without the salt a key cannot be linked
/// back to an address. The IP and user agent themselves are never stored.
/// </summary>
public sealed class VisitorKeys(AnalyticsSaltStore salts, TimeProvider clock) : ITenantResourceOwner
{
    private readonly ConcurrentDictionary<(string Tenant, DateOnly Day), Lazy<Task<byte[]?>>> _salts = new();

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async ValueTask<VisitorKey> ComputeAsync(string tenant, string address, string userAgent)
    {
        var day = Today;
        var salt = await SaltAsync(tenant, day, create: true) ?? throw new InvalidOperationException("The day's salt could not be created.");
        var previous = await SaltAsync(tenant, day.AddDays(-1), create: false);
        return Keys(day, salt, previous, tenant, address, userAgent);
    }

    /// <summary>Forgets cached salts older than yesterday (their rows are deleted by the maintenance).</summary>
    public void ForgetBefore(DateOnly day)
    {
        foreach (var key in _salts.Keys.Where(k => k.Day < day))
        {
            _salts.TryRemove(key, out _);
        }
    }

    public void Release(string tenant)
    {
        foreach (var key in _salts.Keys.Where(k => k.Tenant == tenant))
        {
            _salts.TryRemove(key, out _);
        }
    }

    /// <summary>Both keys from one UTF-8 message (tenant \n address \n user agent), encoded once without a string in between.</summary>
    private static VisitorKey Keys(DateOnly day, byte[] salt, byte[]? previous, string tenant, string address, string userAgent)
    {
        var length = Encoding.UTF8.GetMaxByteCount(tenant.Length + address.Length + userAgent.Length + 2);
        Span<byte> message = length <= 1024 ? stackalloc byte[length] : new byte[length];
        var used = Encoding.UTF8.GetBytes(tenant, message);
        message[used++] = (byte)'\n';
        used += Encoding.UTF8.GetBytes(address, message[used..]);
        message[used++] = (byte)'\n';
        used += Encoding.UTF8.GetBytes(userAgent, message[used..]);
        message = message[..used];
        return new VisitorKey(day, Hash(salt, message), previous is null ? 0 : Hash(previous, message));
    }

    private static long Hash(byte[] salt, ReadOnlySpan<byte> message)
    {
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(salt, message, hash);
        var key = BinaryPrimitives.ReadInt64LittleEndian(hash);
        return key == 0 ? 1 : key;
    }

    private async Task<byte[]?> SaltAsync(string tenant, DateOnly day, bool create)
    {
        if (_salts.TryGetValue((tenant, day), out var entry) && entry.IsValueCreated && entry.Value.IsCompletedSuccessfully && (entry.Value.Result is not null || !create))
        {
            return entry.Value.Result;
        }

        entry = _salts.GetOrAdd((tenant, day), k => new Lazy<Task<byte[]?>>(() => salts.LoadAsync(k.Tenant, k.Day, create, CancellationToken.None)));
        try
        {
            var salt = await entry.Value;
            if (salt is null && create)
            {
                _salts.TryRemove(new KeyValuePair<(string, DateOnly), Lazy<Task<byte[]?>>>((tenant, day), entry));
            }

            return salt;
        }
        catch
        {
            _salts.TryRemove(new KeyValuePair<(string, DateOnly), Lazy<Task<byte[]?>>>((tenant, day), entry));
            throw;
        }
    }
}
