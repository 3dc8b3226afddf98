using System.Text.Json;

namespace OpinionAct.Media.Themes;

/// <summary>
/// The themes installed under <c>themes/</c>: each folder with a <c>theme.json</c> manifest. Base themes
/// (<c>"abstract": true</c>) are installed too, but only for other themes to build on: <see cref="List"/> and
/// <see cref="Find"/> never return them, so no hub can choose one.
/// </summary>
public sealed class ThemeCatalog(string folder)
{
    // Themes ship with the binaries and change only on deploy: read the manifests once.
    private IReadOnlyList<ThemeManifest>? _installed;
    private IReadOnlyList<ThemeManifest>? _themes;

    /// <summary>The theme a tenant gets when neither the agency nor a recipe picked one.</summary>
    public const string DefaultTheme = "Expert";

    /// <summary>The themes a hub can use, base themes left out.</summary>
    public IReadOnlyList<ThemeManifest> List() => _themes ??= Installed().Where(t => !t.Abstract).ToList();

    /// <summary>Finds a theme a hub can use by name, case-insensitively; null for unknown names and base themes.</summary>
    public ThemeManifest? Find(string name) =>
        List().FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="name"/> is an installed base theme: one that themes build on and hubs cannot use.</summary>
    public bool IsBase(string name) =>
        Installed().Any(t => t.Abstract && string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Where a theme's templates are looked for, in order: the theme itself, then its base, then the base's base.
    /// </summary>
    /// <exception cref="ThemeTemplateException">A base is not installed, or the bases go round in a circle.</exception>
    public IReadOnlyList<ThemeManifest> Lineage(ThemeManifest theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var lineage = new List<ThemeManifest> { theme };
        for (var current = theme; current.Base is { Length: > 0 } name;)
        {
            current = Installed().FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ThemeTemplateException($"Theme '{theme.Name}' builds on '{name}', which is not installed: install it or remove \"base\" from theme.json.");
            if (lineage.Any(t => string.Equals(t.Name, current.Name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ThemeTemplateException(
                    $"Theme '{theme.Name}' builds on itself ({string.Join(" → ", lineage.Select(t => t.Name).Append(current.Name))}): remove one \"base\" from the circle.");
            }

            lineage.Add(current);
        }

        return lineage;
    }

    private IReadOnlyList<ThemeManifest> Installed() => _installed ??= Load();

    private List<ThemeManifest> Load()
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var themes = new List<ThemeManifest>();
        foreach (var manifest in Directory.EnumerateFiles(folder, "theme.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            try
            {
                var theme = JsonSerializer.Deserialize<ThemeManifest>(File.ReadAllText(manifest), ManifestOptions);
                if (theme is { Name.Length: > 0 })
                {
                    themes.Add(theme with { Folder = Path.GetDirectoryName(manifest)! });
                }
            }
            catch (JsonException)
            {
                // A broken manifest makes the theme unavailable; it is not a reason to fail listing the others.
            }
        }

        return themes;
    }

    private static readonly JsonSerializerOptions ManifestOptions = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };
}
