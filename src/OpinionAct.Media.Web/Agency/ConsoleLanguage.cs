using System.Security.Claims;
using Microsoft.AspNetCore.Http.Headers;
using OpinionAct.Media.Localization;

namespace OpinionAct.Media.Web.Agency;

/// <summary>
/// The console's language for one request: the signed-in person's choice (their account's, carried by the cookie's
/// <see cref="Claim"/>), else the first of French or English among the browser's <c>Accept-Language</c>, else
/// French, the platform's default (<see cref="UiText.IsEnglish"/>).
/// </summary>
public static class ConsoleLanguage
{
    /// <summary>The console cookie's claim holding the account's chosen language, absent when it follows the browser.</summary>
    public const string Claim = "lang";

    public static string Of(HttpContext http)
    {
        if (Chosen(http.User) is { } chosen)
        {
            return chosen;
        }

        RequestHeaders headers = http.Request.GetTypedHeaders();
        foreach (var range in headers.AcceptLanguage.Where(r => r.Quality is not 0).OrderByDescending(r => r.Quality ?? 1))
        {
            var tag = range.Value.Value ?? string.Empty;
            if (tag.StartsWith(UiText.EnglishLanguage, StringComparison.OrdinalIgnoreCase))
            {
                return UiText.EnglishLanguage;
            }

            if (tag.StartsWith(UiText.FrenchLanguage, StringComparison.OrdinalIgnoreCase))
            {
                return UiText.FrenchLanguage;
            }
        }

        return UiText.FrenchLanguage;
    }

    /// <summary>The console's strings in the request's language.</summary>
    public static UiText Text(HttpContext http) => UiText.For(UiTextArea.Console, Of(http));

    /// <summary>"fr" or "en" when <paramref name="value"/> is one of them, else null (the browser decides).</summary>
    public static string? Normalize(string? value) =>
        value is UiText.FrenchLanguage or UiText.EnglishLanguage ? value : null;

    private static string? Chosen(ClaimsPrincipal user) => Normalize(user.FindFirstValue(Claim));
}
