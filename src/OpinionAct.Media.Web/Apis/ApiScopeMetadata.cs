namespace OpinionAct.Media.Web.Apis;

/// <summary>
/// Marks an Admin API route and names the scope it needs (null: any token of the tenant). The refusals
/// (<see cref="ApiAuthorizationResults"/>) and the OpenAPI document read it.
/// </summary>
public sealed record ApiScopeMetadata(string? Scope);
