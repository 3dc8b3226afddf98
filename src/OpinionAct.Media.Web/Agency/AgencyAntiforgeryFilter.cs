using Microsoft.AspNetCore.Antiforgery;
using OpinionAct.Media.Web.Html;

namespace OpinionAct.Media.Web.Agency;

/// <summary>Refuses any console request that changes state without a valid antiforgery token (400), before anything is read or written.</summary>
internal sealed class AgencyAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        await AntiforgeryRequirement.IsSatisfiedAsync(context.HttpContext, antiforgery)
            ? await next(context)
            : HtmlPage.Result(
                "Form expired · Agency console",
                "<h1>This form has expired</h1><p>Go back, reload the page and submit it again.</p>",
                StatusCodes.Status400BadRequest);
}
