using Microsoft.AspNetCore.Antiforgery;
using OpinionAct.Media.Web.Html;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// The one rule for bodies that cannot be read: a malformed one is the client's mistake (400), one past a
/// limit (the server's body size, the form reader's value length and count) is too large (413); neither is
/// the server failing (500). Forms (public and staff) read their body in several places, through the form
/// reader or antiforgery, so the rule lives here rather than in each endpoint. People get a short page,
/// API clients a problem document.
/// </summary>
internal sealed class HostileBodyMiddleware(RequestDelegate next, ILogger<HostileBodyMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (StatusFor(ex) is { } status && !context.Response.HasStarted)
        {
            logger.BodyRefused(context.Request.Path.Value ?? "/", status, ex.Message);
            context.Response.Clear();
            await WriteAsync(context, status);
        }
    }

    /// <summary>
    /// Placed after UseAntiforgery: the antiforgery middleware reads the form of endpoints that bind one and keeps
    /// what stopped it (a missing or wrong token, or a body that cannot be read) in a feature. It is raised again
    /// here, for <see cref="InvokeAsync"/> to answer 400 or 413 before the endpoint runs: the compile-time request
    /// delegates would otherwise touch the form and fail with a 500.
    /// </summary>
    public static Task RaiseUnreadableFormAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false, Error: { } error })
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }

        return next(context);
    }

    /// <summary>400 or 413 for an exception that means "this body cannot be read", null for anything else.</summary>
    internal static int? StatusFor(Exception exception) => exception switch
    {
        BadHttpRequestException { InnerException: { } inner } when StatusFor(inner) is { } status => status,
        BadHttpRequestException bad => bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : StatusCodes.Status400BadRequest,

        // Antiforgery reads the form to find its token; what stopped it decides the answer.
        AntiforgeryValidationException { InnerException: { } inner } => StatusFor(inner) ?? StatusCodes.Status400BadRequest,
        AntiforgeryValidationException => StatusCodes.Status400BadRequest,

        // The form and multipart readers say "... limit N exceeded" for bodies past FormOptions' limits, and
        // throw the same type for a missing boundary or a broken section.
        InvalidDataException data when data.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) => StatusCodes.Status413PayloadTooLarge,
        InvalidDataException => StatusCodes.Status400BadRequest,

        // The multipart reader's "Unexpected end of Stream": a body that stops mid-section. Only that
        // assembly's, so a disk or database IOException stays a 500.
        IOException { Source: "Microsoft.AspNetCore.WebUtilities" } => StatusCodes.Status400BadRequest,
        _ => null,
    };

    private static Task WriteAsync(HttpContext context, int status)
    {
        var tooLarge = status == StatusCodes.Status413PayloadTooLarge;
        if (SurfaceHeaders.Classify(context) == ResponseSurface.Api || !AcceptsHtml(context.Request))
        {
            return Results.Problem(statusCode: status, title: tooLarge ? "The request body is too large." : "The request body could not be read.").ExecuteAsync(context);
        }

        return tooLarge
            ? HtmlPage.WriteAsync(context, status, "Envoi trop volumineux · Too large", """
                <h1>Envoi trop volumineux</h1>
                <p>Ce formulaire a reçu plus de données qu'il n'en accepte. Revenez en arrière et raccourcissez votre saisie.</p>
                <h2 lang="en">Too large</h2>
                <p lang="en">This form received more than it accepts. Go back and shorten what you entered.</p>
                """, "fr")
            : HtmlPage.WriteAsync(context, status, "Envoi illisible · Bad request", """
                <h1>Envoi illisible</h1>
                <p>Ce formulaire n'a pas pu être lu. Revenez en arrière, rechargez la page et réessayez.</p>
                <h2 lang="en">Bad request</h2>
                <p lang="en">This form could not be read. Go back, reload the page and try again.</p>
                """, "fr");
    }

    // The content type is read from the header: HttpRequest.HasFormContentType goes through the form
    // feature, which refuses to be touched once antiforgery has failed.
    private static bool AcceptsHtml(HttpRequest request) =>
        request.ContentType is { } type && (type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) || type.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        || request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
}
