using Microsoft.OpenApi;
using OpinionAct.Media.Web.Content.Api;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.Web.ApiDocs;

/// <summary>
/// API documentation of every hub: an OpenAPI 3.1 document per hub at <c>/api/v1/openapi.json</c> (generated with
/// Microsoft.AspNetCore.OpenApi from the routes modules map into <c>/api/v1</c>, with this hub's server, security
/// schemes and per-operation security) and its readable reference at <c>/api/docs</c> (Scalar).
/// </summary>
internal sealed class ApiDocsModule : IMediaModule
{
    public void AddWebServices(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddOpenApi(ApiDocument.Name, options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;

            // The generator sees every branch's routes (console, admin pages, the site's catch-all): only the APIs are documented.
            options.ShouldInclude = description => description.RelativePath?.StartsWith(ApiDocument.DocumentedPrefix, StringComparison.OrdinalIgnoreCase) == true;
            options.AddDocumentTransformer<ApiDocumentTransformer>();
            options.AddOperationTransformer<ApiOperationTransformer>();
        });
    }

    public void MapHub(HubRoutes hub)
    {
        // Generating the document walks every route: cache it per hub like the Content API (its tag is evicted by
        // any content change and by a change of the content-key setting, which the document's security reflects).
        hub.Public.MapOpenApi(ApiDocument.Route).CacheOutput(policy => policy.AddPolicy<ContentApiCache>());
        ApiReferencePage.Map(hub.Public);
    }
}
