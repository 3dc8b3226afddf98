using Microsoft.AspNetCore.Antiforgery;

namespace OpinionAct.Media.Web.Agency;

/// <summary>
/// One agency console request as its pages read it: the PathBase its links start from and the
/// antiforgery token its forms carry. The console is on the host tenant and has no
/// <see cref="Admin.AdminRequest"/> (no hub settings, no editor): this is its small counterpart.
/// </summary>
public sealed class ConsoleRequest(IAntiforgery antiforgery)
{
    private HttpContext? _http;
    private AntiforgeryTokenSet? _tokens;

    public HttpContext Http => _http ?? throw new InvalidOperationException("The console request has not been loaded.");

    /// <summary>The host tenant's PathBase ("" in production), before <c>/admin</c>.</summary>
    public string Base => Http.Request.PathBase.Value ?? string.Empty;

    public void Load(HttpContext http) => _http ??= http;

    public AntiforgeryTokenSet Tokens() => _tokens ??= antiforgery.GetAndStoreTokens(Http);
}
