using OpinionAct.Media.Content;

namespace OpinionAct.Media.Web.Apis;

/// <summary>How a module maps its Admin API routes: a group under <c>/api/v1/admin</c> with the shared error answers.</summary>
internal static class AdminApi
{
    /// <summary>A group at <paramref name="prefix"/> (such as <c>/articles</c>) whose refusals are problem details (<see cref="AdminApiFilter"/>).</summary>
    public static RouteGroupBuilder MapGroup(ApiRoutes api, string prefix, string tag) =>
        api.Admin.MapGroup(prefix).AddEndpointFilter<AdminApiFilter>().WithTags(tag);

    /// <summary>
    /// A person acting through an app keeps their own roles: the routes of the group refuse them (403) unless
    /// <paramref name="allowed"/>, as the admin's page for the same data would. Integrations act as Editors and
    /// were granted the scope by an Admin, so the scope alone decides for them.
    /// </summary>
    public static RouteGroupBuilder PersonsMust(this RouteGroupBuilder group, Func<ContentActor, bool> allowed, string refusal) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var caller = context.HttpContext.RequestServices.GetRequiredService<ApiCaller>();
            return caller.IsPerson && !allowed(caller.Actor) ? throw new ContentAccessDeniedException(refusal) : await next(context);
        });

    /// <summary>201 with the new item's address under this hub's Admin API (prefix hubs included).</summary>
    public static IResult Created<T>(HttpContext http, string relative, T body)
    {
        http.Response.Headers.Location = $"{http.Request.PathBase}/api/v1/admin{relative}";
        return Results.Json(body, ApiJson.Options, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>200 with <paramref name="body"/> in the Admin API's JSON shape.</summary>
    public static IResult Ok<T>(T body) => Results.Json(body, ApiJson.Options);

    /// <summary>Parses the <c>page</c> and <c>limit</c> query values; bad values are a 400 listing both.</summary>
    public static (int Page, int Limit) Paging(string? page, string? limit, int defaultLimit = 20, int maxLimit = 100)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var p = 1;
        var l = defaultLimit;
        if (page is not null && (!int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out p) || p is < 1 or > 100_000))
        {
            errors["page"] = ["must be a whole number from 1 to 100000."];
        }

        if (limit is not null && (!int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out l) || l < 1 || l > maxLimit))
        {
            errors["limit"] = [$"must be a whole number from 1 to {maxLimit}."];
        }

        return errors.Count > 0
            ? throw new ApiBodyException(StatusCodes.Status400BadRequest, "Some query values are not acceptable.", errors)
            : (p, l);
    }
}
