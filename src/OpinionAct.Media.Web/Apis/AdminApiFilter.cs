using OpinionAct.Media.Content;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.MediaLibrary;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Apis;

/// <summary>
/// Wraps every Admin API route a module maps with <see cref="AdminApi.MapGroup"/>: the services' refusals
/// become problem details (RFC 9457), one shape for every area. A body that cannot be read is 400 (415, 413)
/// with <c>errors</c> per field; a service's field errors 422 with <c>errors</c> per field (JSON names); an
/// id this tenant does not have 404 (ids are per tenant database, so another hub's id is simply unknown);
/// a role that may not act 403; a state that forbids the change (an item still in use, an issue already
/// sent) 409; a mail server failing 502.
/// </summary>
internal sealed class AdminApiFilter(TenantContext tenant, ILogger<AdminApiFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception ex) when (Answer(ex) is { } answer)
        {
            logger.Refused(tenant.Tenant.Name, context.HttpContext.Request.Method, context.HttpContext.Request.Path.Value ?? "/", answer.Status);
            return answer.Result;
        }
    }

    private static (int Status, IResult Result)? Answer(Exception exception) => exception switch
    {
        ApiBodyException body when body.Errors.Count > 0 =>
            (body.Status, Results.ValidationProblem(body.Errors, statusCode: body.Status, title: body.Message)),
        ApiBodyException body => (body.Status, Results.Problem(statusCode: body.Status, title: body.Message)),
        ContentValidationException invalid when invalid.Errors.Count > 0 =>
            (StatusCodes.Status422UnprocessableEntity, Results.ValidationProblem(ApiJson.JsonNames(invalid.Errors), statusCode: StatusCodes.Status422UnprocessableEntity, title: "Some fields are not acceptable; nothing was saved.")),
        ContentValidationException invalid =>
            (StatusCodes.Status422UnprocessableEntity, Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The request was refused; nothing was saved.", detail: invalid.Message)),
        MediaInUseException inUse =>
            (StatusCodes.Status409Conflict, Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "This item is still in use.", detail: inUse.Message)),
        // The services' one-sentence refusals of a state (an item still used, an issue already sent); bad field
        // values come as ContentValidationException, which routes convert them to where a service mixes both.
        MediaValidationException refused =>
            (StatusCodes.Status409Conflict, Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The request conflicts with the item's current state; nothing was saved.", detail: refused.Message)),
        ContentNotFoundException =>
            (StatusCodes.Status404NotFound, Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: "This hub has nothing with that id.")),
        ContentAccessDeniedException denied =>
            (StatusCodes.Status403Forbidden, Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Your role does not allow this.", detail: denied.Message)),
        MailDeliveryException mail =>
            (StatusCodes.Status502BadGateway, Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The mail server refused or could not be reached.", detail: mail.Message)),
        _ => null,
    };
}
