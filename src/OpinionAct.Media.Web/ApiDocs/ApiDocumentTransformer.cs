using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OpinionAct.Media.Apis;
using OpinionAct.Media.Web.Apis.Server;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.ApiDocs;

/// <summary>
/// Makes the document the request's hub's own: its title, its base URL as the one server, and the security schemes
/// with this hub's token and authorization URLs (OAuth 2.0 client credentials and authorization code), bearer tokens
/// and the content key (header or query). The tags name the two APIs.
/// </summary>
internal sealed class ApiDocumentTransformer(IHttpContextAccessor accessor) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var http = accessor.HttpContext ?? throw new InvalidOperationException("The OpenAPI document is made for a hub's request.");
        var tenant = http.RequestServices.GetRequiredService<TenantContext>().Tenant;
        var baseUrl = http.RequestServices.GetRequiredService<PublicOrigins>().BaseUrl(tenant, http.Request);

        document.Info = new OpenApiInfo
        {
            Title = $"{tenant.DisplayName} API",
            Version = "v1",
            Description = "The Content API (public reads of published content; the content key where the hub requires it) and the Admin API "
                + "(bearer tokens of this hub with scopes). Errors are problem details (RFC 9457).",
        };
        document.Servers = [new OpenApiServer { Url = baseUrl, Description = tenant.DisplayName }];

        var scopes = ApiScopes.All.ToDictionary(s => s, s => s);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [ApiDocument.OAuth2Scheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "An integration of this hub (Admin → Integrations): client credentials, or authorization code with PKCE for interactive apps.",
                Flows = new OpenApiOAuthFlows
                {
                    ClientCredentials = new OpenApiOAuthFlow { TokenUrl = new Uri(baseUrl + ConnectEndpoints.TokenPath), Scopes = scopes },
                    AuthorizationCode = new OpenApiOAuthFlow
                    {
                        AuthorizationUrl = new Uri(baseUrl + ConnectEndpoints.AuthorizePath),
                        TokenUrl = new Uri(baseUrl + ConnectEndpoints.TokenPath),
                        RefreshUrl = new Uri(baseUrl + ConnectEndpoints.TokenPath),
                        Scopes = scopes,
                    },
                },
            },
            [ApiDocument.BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An access token from this hub's token endpoint.",
            },
            [ApiDocument.ContentKeyHeaderScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Content.Api.ContentKeyService.HeaderName,
                Description = "The hub's read-only Content API key (Admin → Integrations).",
            },
            [ApiDocument.ContentKeyQueryScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Query,
                Name = Content.Api.ContentKeyService.QueryName,
                Description = "The same key as a query parameter.",
            },
        };
        // Added to whatever tags the generator collected from the operations (an area may tag its own).
        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var (name, description) in new[]
        {
            (ApiDocument.ContentTag, "Published articles with their proof ledger, topics, experts and pages. Read-only, cached, ETags."),
            (ApiDocument.AdminTag, "Writes and private reads with a bearer token of this hub; each operation names the scope it needs."),
        })
        {
            if (!document.Tags.Any(t => t.Name == name))
            {
                document.Tags.Add(new OpenApiTag { Name = name, Description = description });
            }
        }

        return Task.CompletedTask;
    }
}
