using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>
/// Checks the content key before any Content API handler runs (cache hits never get here: see
/// <see cref="ContentApiCache"/> for why they need not): a wrong key, or no key where the hub requires one, is a 401.
/// </summary>
internal sealed class ContentKeyFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var presented = ContentKeyService.Presented(http.Request);
        if (await http.RequestServices.GetRequiredService<ContentKeyService>().AllowsAsync(presented, http.RequestAborted))
        {
            return await next(context);
        }

        http.RequestServices.GetRequiredService<ILogger<ContentKeyFilter>>()
            .ContentKeyRefused(http.RequestServices.GetRequiredService<TenantContext>().Tenant.Name, presented is null ? "no key" : "wrong key");
        return Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: presented is null ? "This hub's Content API requires its content key." : "This content key is not this hub's.",
            detail: $"Send the key from Admin → Integrations as the '{ContentKeyService.HeaderName}' header or the '{ContentKeyService.QueryName}' query parameter.");
    }
}
