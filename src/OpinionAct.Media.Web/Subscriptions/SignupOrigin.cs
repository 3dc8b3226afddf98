namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// Where a form signup came from, as the server checked it: the published article whose page carried the form
/// (0 for any other page, or when the page could not be verified), how the reader reached that page, and the
/// ambassador whose verified share link the page's URL carried (0: none).
/// </summary>
public sealed record SignupOrigin(int ArticleId, int Source, int AmbassadorId = 0)
{
    public static readonly SignupOrigin Unknown = new(0, 0);
}
