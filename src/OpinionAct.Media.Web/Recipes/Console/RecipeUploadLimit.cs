using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;

namespace OpinionAct.Media.Web.Recipes.Console;

/// <summary>The one body limit of the console's endpoints that take an <see cref="UploadedRecipe"/>.</summary>
internal static class RecipeUploadLimit
{
    /// <summary>
    /// Lets an endpoint take a recipe upload: its body may hold the recipe size bound (Media:Recipes:MaxBytes) plus the
    /// multipart form around it, and no more (Kestrel stops a larger body).
    /// </summary>
    public static RouteHandlerBuilder AcceptsRecipeUpload(this RouteHandlerBuilder endpoint, IEndpointRouteBuilder routes)
    {
        var limit = routes.ServiceProvider.GetRequiredService<IOptions<MediaOptions>>().Value.Recipes.MaxBytes + 64 * 1024;
        return endpoint.WithMetadata(new RequestSizeLimitAttribute(limit), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = limit });
    }
}
