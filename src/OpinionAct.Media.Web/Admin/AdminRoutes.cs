namespace OpinionAct.Media.Web.Admin;

/// <summary>
/// The editor admin's route groups under <c>/admin</c>, by the least role a route needs:
/// <see cref="Anonymous"/> (sign-in), <see cref="Writers"/> (any editor account),
/// <see cref="Publishers"/> (Editors and Admins) and <see cref="Admins"/>.
/// </summary>
internal sealed record AdminRoutes(RouteGroupBuilder Anonymous, RouteGroupBuilder Writers, RouteGroupBuilder Publishers, RouteGroupBuilder Admins);
