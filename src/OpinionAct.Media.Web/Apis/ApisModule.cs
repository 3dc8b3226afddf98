using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Validation;
using OpinionAct.Media.Apis;
using OpinionAct.Media.Data.Apis;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Agency;
using OpinionAct.Media.Web.Apis.Admin;
using OpinionAct.Media.Web.Apis.Cli;
using OpinionAct.Media.Web.Apis.Integrations;
using OpinionAct.Media.Web.Apis.Keys;
using OpinionAct.Media.Web.Apis.Server;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OpinionAct.Media.Web.Apis;

/// <summary>
/// APIs: an OAuth 2.0 / OpenID Connect server per tenant (OpenIddict; issuer, keys, clients and tokens all
/// the tenant's own), the bearer scheme and scope policies of the Admin API, integrations (admin page and
/// CLI) and key rotation. The API routes themselves are mapped by the modules that own the data, through
/// <see cref="IMediaModule.MapApi"/>.
/// </summary>
internal sealed class ApisModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        // OpenIddict's stores take one DbContext type; each scope's is its tenant's database, or the host's for
        // the host tenant, whose server signs the agency staff into hubs. The tenant's is the scope's own context,
        // given back to its pool once whatever type reached it (ScopedTenantContext).
        services.AddScoped<DbContext>(sp => sp.GetRequiredService<TenantContext>().Tenant.IsHost
            ? sp.GetRequiredService<HostDbContext>()
            : sp.GetRequiredService<TenantDbContext>());
        services.AddOpenIddict().AddCore(core => core.UseEntityFrameworkCore().UseDbContext<DbContext>());
        services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.SectionName);
        services.AddSingleton<ApiKeyRing>();
        services.AddSingleton<ApiKeyInitializer>();
        services.AddSingleton<ITenantInitializer>(sp => sp.GetRequiredService<ApiKeyInitializer>());
        services.AddSingleton<ITenantResourceOwner>(sp => sp.GetRequiredService<ApiKeyInitializer>());
        services.AddSingleton<IntegrationUsage>();
        services.AddScoped<ApiKeyStore>();
        services.AddScoped<IntegrationStore>();
        services.AddScoped<IntegrationService>();
        services.AddOptions<ApiTokenOptions>().BindConfiguration(ApiTokenOptions.SectionName);
        services.AddSingleton<TokenLiveness>();
        services.AddSingleton<VerifiedTokens>();
    }

    public void AddWebServices(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddOpenIddict()
            .AddServer(server =>
            {
                // Relative URIs (no leading slash) resolve against the tenant's base, prefix included.
                server.SetTokenEndpointUris("connect/token")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetIntrospectionEndpointUris("connect/introspect")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetJsonWebKeySetEndpointUris(".well-known/jwks")
                    .SetConfigurationEndpointUris(".well-known/openid-configuration");
                server.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow();
                server.RegisterScopes([.. ApiScopes.All, Scopes.OfflineAccess]);

                // Access tokens are signed, not encrypted: integrations may read their own claims, and checking a
                // signature costs far less than decrypting on every API call.
                server.DisableAccessTokenEncryption();
                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();

                // Each token's row is checked (revoked tokens, deleted integrations), remembered per node for a few
                // seconds instead of OpenIddict's query on every call (TokenLiveness).
                validation.AddEventHandler(TokenLivenessHandler.Descriptor);

                // A token already verified on this node, under the same issuer and keys, skips its signature check.
                validation.AddEventHandler(VerifiedTokenHandlers.Recall);
                validation.AddEventHandler(VerifiedTokenHandlers.Remember);
            });

        // One server per tenant in one container: options are answered per request's tenant (TenantOptionsMonitor).
        services.AddSingleton<IOptionsMonitor<OpenIddictServerOptions>, TenantOptionsMonitor<OpenIddictServerOptions>>();
        services.AddSingleton<IOptionsMonitor<OpenIddictValidationOptions>, TenantOptionsMonitor<OpenIddictValidationOptions>>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<OpenIddictServerOptions>, TenantServerConfiguration>());
        services.AddApiPolicies();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResults>();
        services.AddScoped<ApiCaller>();
    }

    public IEnumerable<CliCommand> Commands =>
    [
        new(
            ["integrations", "create"],
            "integrations create --tenant N --name X --scope S... [--expires DATE] [--redirect-uri U] [--token-minutes M] [--json]   (prints the client id and secret once)",
            IntegrationCommands.CreateAsync),
        new(["integrations", "list"], "integrations list --tenant N [--json]", IntegrationCommands.ListAsync),
        new(["integrations", "revoke"], "integrations revoke --tenant N --client-id C", IntegrationCommands.RevokeAsync),
        new(["keys", "rotate"], "keys rotate --tenant N [--json]   (publishes the next token-signing key; it signs after Media:Apis:Keys:PublishBeforeSigning)", KeyCommands.RotateAsync),
    ];

    public void MapHub(HubRoutes hub) => ConnectEndpoints.Map(hub.PerReader);

    public void MapApi(ApiRoutes api) => WhoAmIEndpoint.Map(api.Admin);

    public void MapAdmin(AdminRoutes admin) => admin.Admins.MapAdminIntegrations();

    public void MapConsole(ConsoleRoutes console) => ConnectEndpoints.MapServerOnly(console.Root);
}
