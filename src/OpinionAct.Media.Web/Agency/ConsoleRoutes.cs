namespace OpinionAct.Media.Web.Agency;

/// <summary>The agency console's routes: <see cref="Root"/> (sign-in) and <see cref="Staff"/> (<c>/admin</c>, agency staff only, antiforgery checked).</summary>
internal sealed record ConsoleRoutes(IEndpointRouteBuilder Root, RouteGroupBuilder Staff);
