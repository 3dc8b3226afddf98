using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace OpinionAct.Media.Web.Apis.Server;

/// <summary>
/// Access tokens whose signature this node has already verified, with the claims the verification produced, so
/// an integration calling with the same token again skips the JWT's parsing and RS256 check (about half of a bearer
/// call's CPU, measured side by side on <c>GET /whoami</c> in issue 15). Everything that depends on time or state
/// still runs on every call: lifetime, audience, scopes and the token row's liveness (<see cref="TokenLivenessHandler"/>).
/// An answer counts only for the exact token string under the same issuer and key set it was verified with (the
/// options key of <see cref="ApiServerFeature"/>), so a token shown to another hub, or after its keys changed, is
/// verified again; and only until the token's own expiry. At most <see cref="ApiTokenOptions.VerifiedTokensKept"/>
/// are kept; 0 verifies every call.
/// </summary>
internal sealed class VerifiedTokens(IOptions<ApiTokenOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Verified> _tokens = new(StringComparer.Ordinal);
    private long _recalled;

    /// <summary>Calls answered from memory so far (tests check that the memory is used, and when it is not).</summary>
    internal long Recalled => Interlocked.Read(ref _recalled);

    /// <summary>A copy of the claims <paramref name="token"/> was verified with under <paramref name="optionsKey"/>, or null.</summary>
    public ClaimsPrincipal? Recall(string optionsKey, string token)
    {
        if (!_tokens.TryGetValue(token, out var verified) || !string.Equals(verified.OptionsKey, optionsKey, StringComparison.Ordinal))
        {
            return null;
        }

        if (verified.ExpiresUtc <= clock.GetUtcNow().UtcDateTime)
        {
            _tokens.TryRemove(new KeyValuePair<string, Verified>(token, verified));
            return null;
        }

        Interlocked.Increment(ref _recalled);

        // Each call gets its own copy: OpenIddict's later steps add and rewrite claims on the principal they are given.
        return verified.Principal.Clone();
    }

    /// <summary>Keeps a copy of the claims a successful verification of <paramref name="token"/> produced.</summary>
    public void Remember(string optionsKey, string token, ClaimsPrincipal principal)
    {
        var kept = options.Value.VerifiedTokensKept;
        if (kept <= 0 || ExpiresUtc(principal) is not { } expires)
        {
            return;
        }

        if (_tokens.Count >= kept)
        {
            // Clearing costs one verification per token in use; tracking recency would cost every call.
            _tokens.Clear();
        }

        _tokens[token] = new Verified(optionsKey, principal.Clone(), expires);
    }

    // The JWT's "exp" as OpenIddict's token handler leaves it, before its claims are mapped: seconds since 1970.
    private static DateTime? ExpiresUtc(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirst("exp")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTime.UnixEpoch.AddSeconds(seconds)
            : null;

    private sealed record Verified(string OptionsKey, ClaimsPrincipal Principal, DateTime ExpiresUtc);
}
