using Microsoft.Extensions.Options;
using OpinionAct.Media.Web.ScaleOut;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// Slows password guessing on every sign-in surface (agency console, editor admin, password reset, two-factor codes,
/// and the token, introspection and revocation endpoints through <c>TokenEndpointThrottle</c>) without letting a
/// stranger lock an editor out: failures are counted per client address, per account from one address, and per
/// account from everywhere, each in a sliding window. The per-account-from-one-address limit is the one a real
/// editor meets; the all-addresses limit is high, so blocking an account needs many addresses and stops when they stop.
/// </summary>
/// <remarks>
/// Keys are the typed email (whether or not the account exists, so a refusal says nothing about existence) and the
/// client address. The counts live in <see cref="IRateCounters"/>: this node's memory on a lone node, Redis on a
/// cluster member, so failures through one node count on every node (per node again only while Redis is away).
/// </remarks>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, IRateCounters counters)
{
    /// <summary>How long to wait before trying again, or null when this attempt may go ahead.</summary>
    public async ValueTask<TimeSpan?> RetryAfterAsync(string surface, string address, string account)
    {
        var o = options.Value;
        TimeSpan? wait = null;
        foreach (var (key, limit) in Keys(surface, address, account, o))
        {
            if (await counters.WaitAsync(key, new RateRule(limit, o.Window)) is { } w && (wait is null || w > wait))
            {
                wait = w;
            }
        }

        return wait;
    }

    public async ValueTask RecordFailureAsync(string surface, string address, string account)
    {
        var o = options.Value;
        foreach (var (key, limit) in Keys(surface, address, account, o))
        {
            await counters.AddAsync(key, new RateRule(limit, o.Window));
        }
    }

    /// <summary>The <c>Retry-After</c> value for a wait: whole seconds, at least one.</summary>
    public static string RetryAfterHeader(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A successful sign-in clears the failures of that account from that address.</summary>
    public ValueTask RecordSuccessAsync(string surface, string address, string account) =>
        counters.ResetAsync(AccountAtAddress(surface, address, account));

    private static IEnumerable<(string Key, int Limit)> Keys(string surface, string address, string account, SignInThrottleOptions o)
    {
        yield return ($"signin|{surface}|a|{address}", o.FailuresPerAddress);
        yield return (AccountAtAddress(surface, address, account), o.FailuresPerAccountAndAddress);
        yield return ($"signin|{surface}|u|{Normalise(account)}", o.FailuresPerAccount);
    }

    private static string AccountAtAddress(string surface, string address, string account) => $"signin|{surface}|ua|{Normalise(account)}|{address}";

    private static string Normalise(string account) => account.Trim().ToUpperInvariant();
}
