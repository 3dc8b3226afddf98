namespace OpinionAct.Media.Web.Tenancy;

/// <summary>What agency staff (console or CLI) ask for when creating a brand tenant.</summary>
public sealed record TenantCreateRequest
{
    public required string Name { get; init; }

    public string? DisplayName { get; init; }

    public IReadOnlyList<string> Hosts { get; init; } = [];

    /// <summary>URL prefix; when neither hosts nor prefix are given, the tenant name is used as prefix.</summary>
    public string? Prefix { get; init; }

    /// <summary>A recipe of the catalog by name; when neither this nor <see cref="RecipeFile"/> is given, expert-media.</summary>
    public string? Recipe { get; init; }

    public string? RecipeFile { get; init; }

    public string? Theme { get; init; }
}
