using OpenIddict.Abstractions;

namespace OpinionAct.Media.Web.Apis;

/// <summary><c>GET /api/v1/admin/whoami</c>: who the token speaks for and what it may do, so an integrator can check a token first.</summary>
internal static class WhoAmIEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapGet("/whoami", (ApiCaller caller, HttpContext http) => Results.Ok(new WhoAmI(
                caller.Name,
                caller.ClientId,
                caller.IsPerson ? "person" : "integration",
                [.. http.User.GetScopes().Order(StringComparer.Ordinal)])))
            .RequireApiToken()
            .WithName("WhoAmI")
            .WithSummary("Describes the caller of this token: name, client, kind and scopes.");

    /// <summary>The answer of <c>whoami</c>.</summary>
    public sealed record WhoAmI(string Name, string ClientId, string Kind, IReadOnlyList<string> Scopes);
}
