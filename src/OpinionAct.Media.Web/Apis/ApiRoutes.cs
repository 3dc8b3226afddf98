namespace OpinionAct.Media.Web.Apis;

/// <summary>
/// Where a module maps its API routes on a hub: <see cref="Content"/> is <c>/api/v1/content</c> (public
/// reads, no authentication middleware, output-cached by the caller's choice), <see cref="Admin"/> is
/// <c>/api/v1/admin</c> (bearer tokens of this tenant only: no cookie, no antiforgery; each route
/// states its scope with <see cref="ApiAuthorization.RequireScope{TBuilder}"/>).
/// </summary>
internal sealed record ApiRoutes(RouteGroupBuilder Content, RouteGroupBuilder Admin);
