namespace OpinionAct.Media.Web.Apis.Integrations;

/// <summary>
/// What a hub Admin (or the CLI) asks for: a name, scopes, an optional expiry, and, for an interactive app,
/// the redirect URI that makes it a public client using the authorization code flow with PKCE.
/// </summary>
public sealed record IntegrationRequest(
    string Name,
    IReadOnlyList<string> Scopes,
    DateTime? ExpiresUtc = null,
    string? RedirectUri = null,
    int AccessTokenMinutes = IntegrationRequest.DefaultAccessTokenMinutes)
{
    public const int DefaultAccessTokenMinutes = 60;
}
