namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// Where a module maps a hub's routes: <see cref="Public"/> for anything, <see cref="Cached"/> for
/// pages every reader sees alike (output-cached per tenant), <see cref="PerReader"/> for answers that
/// belong to one reader or caller (never stored, never indexed, no referrer leaves them).
/// </summary>
internal sealed record HubRoutes(IEndpointRouteBuilder Public, RouteGroupBuilder Cached, RouteGroupBuilder PerReader);
