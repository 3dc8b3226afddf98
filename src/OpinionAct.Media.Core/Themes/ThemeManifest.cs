namespace OpinionAct.Media.Themes;

/// <summary>A theme's <c>theme.json</c>: name, description and version.</summary>
public sealed record ThemeManifest(string Name, string? Description, string? Version)
{
    public string Folder { get; init; } = string.Empty;
}
