namespace OpinionAct.Media.Web.Html;

/// <summary>The page of a request that needed the database while it could not be reached.</summary>
public static partial class StatusPages
{
    /// <summary>Seconds a reader (or a crawler) is asked to wait before trying again.</summary>
    public const int DatabaseRetryAfterSeconds = 10;

    public static Task DatabaseUnavailableAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.RetryAfter = DatabaseRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        return HtmlPage.WriteAsync(
            context,
            StatusCodes.Status503ServiceUnavailable,
            "Service momentanément indisponible · Temporarily unavailable",
            """
            <h1>Service momentanément indisponible</h1>
            <p>Nous ne pouvons pas afficher cette page pour l'instant : notre base de données ne répond pas. Réessayez dans quelques instants ; rien de ce que vous avez déjà envoyé n'est perdu.</p>
            <h2 lang="en">Temporarily unavailable</h2>
            <p lang="en">We cannot show this page right now: our database is not answering. Please try again in a few moments; nothing you already sent is lost.</p>
            """,
            "fr");
    }
}
