namespace OpinionAct.Media.Web.Html;

/// <summary>The friendly pages for people who reach no hub, a switched-off hub, or one still being set up. Bilingual: readers are French and English.</summary>
public static partial class StatusPages
{
    public static Task NotFoundAsync(HttpContext context) => HtmlPage.WriteAsync(
        context,
        StatusCodes.Status404NotFound,
        "Page introuvable · Page not found",
        """
        <h1>Page introuvable</h1>
        <p>Cette adresse ne correspond à aucune page. Vérifiez le lien ou revenez à l'accueil.</p>
        <h2 lang="en">Page not found</h2>
        <p lang="en">Nothing is published at this address. Check the link or go back to the home page.</p>
        """,
        "fr");

    public static Task SettingUpAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "5";
        return HtmlPage.WriteAsync(
            context,
            StatusCodes.Status503ServiceUnavailable,
            "Mise en place en cours · Being set up",
            """
            <h1>Ce site est en cours de mise en place</h1>
            <p>Revenez dans quelques secondes.</p>
            <h2 lang="en">This site is being set up</h2>
            <p lang="en">Please come back in a few seconds.</p>
            """,
            "fr");
    }
}
