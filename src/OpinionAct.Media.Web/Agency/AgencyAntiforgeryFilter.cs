using Microsoft.AspNetCore.Antiforgery;
using OpinionAct.Media.Web.Html;

namespace OpinionAct.Media.Web.Agency;

/// <summary>Refuses any console request that changes state without a valid antiforgery token (400), before anything is read or written.</summary>
internal sealed class AgencyAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        await AntiforgeryRequirement.IsSatisfiedAsync(context.HttpContext, antiforgery)
            ? await next(context)
            : ConsoleView.Page<FormExpiredPage>(status: StatusCodes.Status400BadRequest);
}
