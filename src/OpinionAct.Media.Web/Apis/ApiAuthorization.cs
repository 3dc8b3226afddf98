using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;
using OpinionAct.Media.Apis;

namespace OpinionAct.Media.Web.Apis;

/// <summary>
/// One authorization policy per scope, each authenticating with this tenant's bearer tokens only
/// (OpenIddict validation: signature, issuer, expiry, and the token's row in the tenant's database, so a
/// revoked integration is refused at its next call). A route states the scope it needs with
/// <see cref="RequireScope{TBuilder}"/>.
/// </summary>
public static class ApiAuthorization
{
    public const string Scheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    /// <summary>Any valid token of this tenant, whatever its scopes.</summary>
    public const string TokenPolicy = "api:token";

    public static string PolicyName(string scope) => "api:" + scope;

    /// <summary>A route open to any valid token of this tenant (such as <c>whoami</c>).</summary>
    public static TBuilder RequireApiToken<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(TokenPolicy).WithMetadata(new ApiScopeMetadata(null));

    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder
    {
        if (!ApiScopes.IsKnown(scope))
        {
            throw new ArgumentException($"'{scope}' is not one of the API's scopes.", nameof(scope));
        }

        return builder.RequireAuthorization(PolicyName(scope)).WithMetadata(new ApiScopeMetadata(scope));
    }

    internal static IServiceCollection AddApiPolicies(this IServiceCollection services)
    {
        var policies = services.AddAuthorizationBuilder();
        policies.AddPolicy(TokenPolicy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        foreach (var scope in ApiScopes.All)
        {
            policies.AddPolicy(PolicyName(scope), policy => policy
                .AddAuthenticationSchemes(Scheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => context.User.HasScope(scope)));
        }

        return services;
    }
}
