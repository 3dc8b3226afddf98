using Microsoft.AspNetCore.Antiforgery;
using OpinionAct.Media.Localization;

namespace OpinionAct.Media.Web.Agency;

/// <summary>
/// One agency console request as its pages read it: the PathBase its links start from, the
/// antiforgery token its forms carry, and its strings in the reader's language (<see cref="ConsoleLanguage"/>). The console is on the host tenant and has no
/// <see cref="Admin.AdminRequest"/> (no hub settings, no editor): this is its small counterpart.
/// </summary>
public sealed class ConsoleRequest(IAntiforgery antiforgery)
{
    private HttpContext? _http;
    private AntiforgeryTokenSet? _tokens;
    private UiText? _text;

    public HttpContext Http => _http ?? throw new InvalidOperationException("The console request has not been loaded.");

    /// <summary>The host tenant's PathBase ("" in production), before <c>/admin</c>.</summary>
    public string Base => Http.Request.PathBase.Value ?? string.Empty;

    /// <summary>The console's strings in this request's language.</summary>
    public UiText Text => _text ??= ConsoleLanguage.Text(Http);

    public string T(string key) => Text[key];

    public string Format(string key, params object?[] args) => Text.Format(key, args);

    /// <summary>A page title: "{page} · Agency console" in the reader's language.</summary>
    public string Title(string page) => Text.Format("shell.title", page);

    /// <summary>A date and time in UTC, in the reader's culture.</summary>
    public string Date(DateTime utc) => utc.ToString("d MMM yyyy HH:mm", Text.Culture) + " UTC";

    public void Load(HttpContext http) => _http ??= http;

    public AntiforgeryTokenSet Tokens() => _tokens ??= antiforgery.GetAndStoreTokens(Http);
}
