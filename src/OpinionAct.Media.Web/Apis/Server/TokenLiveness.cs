using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace OpinionAct.Media.Web.Apis.Server;

/// <summary>
/// Whether an access token's row still says "valid" (not revoked, its integration not deleted), remembered per
/// node for <see cref="ApiTokenOptions.RecheckInterval"/>. OpenIddict's own token-entry check reads the
/// database on every API call, which cost more than everything else in a bearer request; this answers from
/// memory between checks. A revocation on this node forgets the tenant's answers at once; another node (or
/// the CLI) is heard within the interval.
/// </summary>
internal sealed class TokenLiveness(IOptions<ApiTokenOptions> options, TimeProvider clock)
{
    private const int MaxPerTenant = 20_000;

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, (bool Live, DateTime CheckedUtc)>> _tenants = new(StringComparer.Ordinal);

    public async ValueTask<bool> IsLiveAsync(string tenant, string tokenId, IOpenIddictTokenManager tokens, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var answers = _tenants.GetOrAdd(tenant, _ => new(StringComparer.Ordinal));
        if (answers.TryGetValue(tokenId, out var known) && now - known.CheckedUtc < options.Value.RecheckInterval)
        {
            return known.Live;
        }

        var token = await tokens.FindByIdAsync(tokenId, cancellationToken);
        var live = token is not null && await tokens.HasStatusAsync(token, OpenIddictConstants.Statuses.Valid, cancellationToken);
        if (answers.Count >= MaxPerTenant)
        {
            answers.Clear();
        }

        answers[tokenId] = (live, now);
        return live;
    }

    /// <summary>Forgets every answer about the tenant's tokens (a revocation happened on this node).</summary>
    public void Forget(string tenant) => _tenants.TryRemove(tenant, out _);
}
