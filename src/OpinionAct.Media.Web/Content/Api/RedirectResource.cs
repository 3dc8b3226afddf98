using OpinionAct.Media.Data.Content;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>A redirect as the Admin API answers it.</summary>
public sealed record RedirectResource(int Id, string From, string To, DateTime CreatedUtc)
{
    public static RedirectResource Of(RedirectRecord redirect) => new(redirect.Id, "/" + redirect.FromPath, redirect.ToUrl, redirect.CreatedUtc);
}
