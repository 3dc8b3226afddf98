namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// Where a form signup came from, as the server checked it: the published article whose page carried the form
/// (0 for any other page, or when the page could not be verified) and how the reader reached that page.
/// </summary>
public sealed record SignupOrigin(int ArticleId, int Source)
{
    public static readonly SignupOrigin Unknown = new(0, 0);
}
