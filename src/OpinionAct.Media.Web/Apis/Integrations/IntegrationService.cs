using System.Globalization;
using System.Security.Cryptography;
using OpenIddict.Abstractions;
using OpinionAct.Media.Apis;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Data.Apis;
using OpinionAct.Media.Web.Accounts;
using OpinionAct.Media.Web.Apis.Server;
using OpinionAct.Media.Web.Tenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OpinionAct.Media.Web.Apis.Integrations;

/// <summary>
/// A hub's integrations: create (an OpenIddict client plus our row, in one transaction; the secret is
/// returned once and OpenIddict stores only its hash), list, revoke (the client, its authorizations and
/// its tokens are deleted at once, so the next call with any of its tokens is refused), and record use.
/// The admin page, the CLI and the token endpoint all come here.
/// </summary>
internal sealed class IntegrationService(
    IOpenIddictApplicationManager applications,
    IntegrationStore store,
    TenantContext tenant,
    IntegrationUsage usage,
    TokenLiveness liveness,
    TimeProvider clock,
    AuditTrail audit,
    ILogger<IntegrationService> logger)
{
    public const int MaxNameLength = 100;
    public const int MinAccessTokenMinutes = 5;
    public const int MaxAccessTokenMinutes = 24 * 60;

    public Task<IReadOnlyList<IntegrationRecord>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    public Task<IntegrationRecord?> FindAsync(string clientId, CancellationToken cancellationToken) => store.FindAsync(clientId, cancellationToken);

    /// <exception cref="MediaValidationException">A name, scope, expiry, redirect URI or lifetime is not acceptable; nothing is written.</exception>
    public async Task<IntegrationCreated> CreateAsync(IntegrationRequest request, string createdBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (name, scopes, redirect) = Validate(request, now);
        var clientId = "int_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var secret = redirect is null ? SecretTokens.Create() : null;

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = secret is null ? ClientTypes.Public : ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = name,
        };
        descriptor.Settings[Settings.TokenLifetimes.AccessToken] = TimeSpan.FromMinutes(request.AccessTokenMinutes).ToString("c", CultureInfo.InvariantCulture);
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.Endpoints.Revocation]);
        if (redirect is null)
        {
            descriptor.Permissions.UnionWith([Permissions.Endpoints.Introspection, Permissions.GrantTypes.ClientCredentials]);
        }
        else
        {
            descriptor.RedirectUris.Add(redirect);
            descriptor.Permissions.UnionWith([
                Permissions.Endpoints.Authorization, Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        }

        descriptor.Permissions.UnionWith(scopes.Select(scope => Permissions.Prefixes.Scope + scope));

        await store.InTransactionAsync(async () =>
        {
            await applications.CreateAsync(descriptor, cancellationToken);
            store.Add(new IntegrationRecord
            {
                ClientId = clientId,
                Name = name,
                Scopes = string.Join(' ', scopes),
                RedirectUri = redirect?.AbsoluteUri,
                AccessTokenMinutes = request.AccessTokenMinutes,
                ExpiresUtc = request.ExpiresUtc,
                CreatedBy = createdBy,
                CreatedUtc = now,
            });
            audit.Add(AuditActions.IntegrationCreated, clientId, $"{name}: {string.Join(' ', scopes)}");
            await store.SaveAsync(cancellationToken);
        }, cancellationToken);

        logger.IntegrationCreated(tenant.Tenant.Name, clientId, name, createdBy, string.Join(' ', scopes));
        return new IntegrationCreated(clientId, secret, name, scopes, request.ExpiresUtc);
    }

    /// <summary>Revokes at once: false when there is no such live integration.</summary>
    public async Task<bool> RevokeAsync(string clientId, string revokedBy, CancellationToken cancellationToken)
    {
        var revoked = false;
        await store.InTransactionAsync(async () =>
        {
            revoked = await store.MarkRevokedAsync(clientId, revokedBy, clock.GetUtcNow().UtcDateTime, cancellationToken);
            if (revoked)
            {
                await audit.RecordAsync(AuditActions.IntegrationRevoked, clientId, cancellationToken: cancellationToken);
            }

            if (await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application)
            {
                // OpenIddict's store deletes the client's authorizations and tokens with it.
                await applications.DeleteAsync(application, cancellationToken);
            }
        }, cancellationToken);
        if (revoked)
        {
            // This process forgets what it knew of the tenant's tokens (in the CLI there is nothing to forget).
            liveness.Forget(tenant.Tenant.Name);
            logger.IntegrationRevoked(tenant.Tenant.Name, clientId, revokedBy);
        }

        return revoked;
    }

    /// <summary>The integration may obtain a token now: it exists, is not revoked and has not expired.</summary>
    public async Task<IntegrationRecord?> UsableAsync(string clientId, CancellationToken cancellationToken)
    {
        var integration = await store.FindAsync(clientId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return integration is { RevokedUtc: null } && (integration.ExpiresUtc is null || integration.ExpiresUtc > now) ? integration : null;
    }

    /// <summary>Records that the integration was used (throttled per node; see <see cref="IntegrationUsage"/>).</summary>
    public async Task RecordUseAsync(string clientId, CancellationToken cancellationToken)
    {
        if (usage.ShouldRecord(tenant.Tenant.Name, clientId, out var now))
        {
            await store.TouchAsync(clientId, now, cancellationToken);
        }
    }

    private static (string Name, IReadOnlyList<string> Scopes, Uri? Redirect) Validate(IntegrationRequest request, DateTime now)
    {
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new MediaValidationException($"An integration needs a name of 1 to {MaxNameLength} characters.");
        }

        var scopes = request.Scopes.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (scopes.Count == 0)
        {
            throw new MediaValidationException($"Choose at least one scope: {string.Join(", ", ApiScopes.All)}.");
        }

        if (scopes.FirstOrDefault(s => !ApiScopes.IsKnown(s)) is { } unknown)
        {
            throw new MediaValidationException($"'{unknown}' is not a scope; the scopes are {string.Join(", ", ApiScopes.All)}.");
        }

        if (request.ExpiresUtc is { } expires && expires <= now)
        {
            throw new MediaValidationException("The expiry must be in the future.");
        }

        if (request.AccessTokenMinutes is < MinAccessTokenMinutes or > MaxAccessTokenMinutes)
        {
            throw new MediaValidationException($"Access tokens must live between {MinAccessTokenMinutes} and {MaxAccessTokenMinutes} minutes.");
        }

        Uri? redirect = null;
        if (!string.IsNullOrWhiteSpace(request.RedirectUri))
        {
            // https, or http on this machine for a developer's app; never a fragment (RFC 6749 3.1.2).
            if (!Uri.TryCreate(request.RedirectUri.Trim(), UriKind.Absolute, out redirect)
                || redirect.Fragment.Length > 0
                || !(redirect.Scheme == Uri.UriSchemeHttps || (redirect.Scheme == Uri.UriSchemeHttp && redirect.IsLoopback)))
            {
                throw new MediaValidationException("The redirect URI must be an absolute https URI (or http on localhost) without a fragment.");
            }
        }

        return (name, scopes, redirect);
    }
}
