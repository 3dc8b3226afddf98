namespace OpinionAct.Media.Web.Apis.Integrations;

/// <summary>A new integration's credentials. The secret exists only here: it is stored hashed and shown once.</summary>
public sealed record IntegrationCreated(string ClientId, string? ClientSecret, string Name, IReadOnlyList<string> Scopes, DateTime? ExpiresUtc);
