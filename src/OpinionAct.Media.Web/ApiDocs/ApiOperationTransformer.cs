using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OpinionAct.Media.Web.Apis;
using OpinionAct.Media.Web.Content.Api;

namespace OpinionAct.Media.Web.ApiDocs;

/// <summary>
/// Per operation: the security it needs, read from the route's metadata, and the refusals that come with it.
/// An Admin API route (<see cref="ApiScopeMetadata"/>) needs an OAuth 2.0 token with its scope (or a bearer token)
/// and may answer 401 and 403; a Content API route (<see cref="ContentApiMetadata"/>) takes the content key, which
/// this hub either requires or leaves optional (an empty requirement), and may answer 401. Any operation with a
/// body may answer 413. Operations without a tag get the tag of their API.
/// </summary>
internal sealed class ApiOperationTransformer(IHttpContextAccessor accessor) : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var document = context.Document;
        if (metadata.OfType<ApiScopeMetadata>().FirstOrDefault() is { } scope)
        {
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocument.OAuth2Scheme, document)] = scope.Scope is null ? [] : [scope.Scope] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocument.BearerScheme, document)] = [] },
            ];
            await ProblemAsync(operation, context, StatusCodes.Status401Unauthorized, "No valid access token of this hub.", cancellationToken);
            if (scope.Scope is not null)
            {
                await ProblemAsync(operation, context, StatusCodes.Status403Forbidden, $"The token was not granted the '{scope.Scope}' scope.", cancellationToken);
            }

            Tag(operation, document, ApiDocument.AdminTag);
        }
        else if (metadata.OfType<ContentApiMetadata>().Any())
        {
            var keys = accessor.HttpContext!.RequestServices.GetRequiredService<ContentKeyService>();
            var required = await keys.RequiredAsync(cancellationToken);
            operation.Security =
            [
                .. required ? Array.Empty<OpenApiSecurityRequirement>() : [new OpenApiSecurityRequirement()],
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocument.ContentKeyHeaderScheme, document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocument.ContentKeyQueryScheme, document)] = [] },
            ];
            await ProblemAsync(operation, context, StatusCodes.Status401Unauthorized, required ? "No content key, or not this hub's." : "A content key that is not this hub's.", cancellationToken);
            Tag(operation, document, ApiDocument.ContentTag);
            Paging(operation);
        }

        if (operation.RequestBody is not null)
        {
            await ProblemAsync(operation, context, StatusCodes.Status413PayloadTooLarge, "The body is larger than this operation accepts.", cancellationToken);
        }
    }

    private static async Task ProblemAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description, CancellationToken cancellationToken)
    {
        operation.Responses ??= [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses.ContainsKey(key))
        {
            return;
        }

        var schema = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = schema } },
        };
    }

    /// <summary>
    /// The Content API binds its query as text so that one 400 can list every bad parameter; the document still says
    /// what is accepted: page and limit are whole numbers in range.
    /// </summary>
    private static void Paging(OpenApiOperation operation)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            parameter.Schema = parameter.Name switch
            {
                "page" => new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Default = 1 },
                "limit" => new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = "100", Default = 20 },
                "published_after" or "published_before" => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = @"^\d{4}-\d{2}-\d{2}(T.+)?$" },
                _ => parameter.Schema,
            };
        }
    }

    /// <summary>Routes without a tag of their own get their API's (the generator would otherwise use the assembly's name).</summary>
    private static void Tag(OpenApiOperation operation, OpenApiDocument? document, string tag)
    {
        var untagged = operation.Tags is null || operation.Tags.Count == 0 || operation.Tags.All(t => t.Name == "OpinionAct.Media.Web");
        if (untagged)
        {
            operation.Tags = new HashSet<OpenApiTagReference> { new(tag, document) };
        }
    }
}
