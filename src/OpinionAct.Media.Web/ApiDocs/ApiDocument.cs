namespace OpinionAct.Media.Web.ApiDocs;

/// <summary>Names shared by the OpenAPI document, its transformers, the reference page and the tests.</summary>
public static class ApiDocument
{
    /// <summary>The document's name: the route <c>/api/v1/{documentName}.json</c> makes it <c>/api/v1/openapi.json</c>.</summary>
    public const string Name = "openapi";

    public const string Route = "/api/v1/{documentName}.json";

    public const string Path = "/api/v1/openapi.json";

    /// <summary>The readable reference (Scalar), under the hub's base.</summary>
    public const string ReferencePath = "/api/docs";

    /// <summary>Only these routes are documented: the console, the admin's HTML and the public site never are.</summary>
    public const string DocumentedPrefix = "api/v1/";

    public const string OAuth2Scheme = "oauth2";
    public const string BearerScheme = "bearer";
    public const string ContentKeyHeaderScheme = "contentKey";
    public const string ContentKeyQueryScheme = "contentKeyQuery";

    public const string ContentTag = "Content";
    public const string AdminTag = "Admin";
}
