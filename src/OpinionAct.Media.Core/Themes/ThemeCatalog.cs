using System.Text.Json;

namespace OpinionAct.Media.Themes;

/// <summary>The themes installed under <c>themes/</c>: each folder with a <c>theme.json</c> manifest.</summary>
public sealed class ThemeCatalog(string folder)
{
    // Themes ship with the binaries and change only on deploy: read the manifests once.
    private IReadOnlyList<ThemeManifest>? _themes;

    /// <summary>The theme a tenant gets when neither the agency nor a recipe picked one.</summary>
    public const string DefaultTheme = "Expert";

    public IReadOnlyList<ThemeManifest> List() => _themes ??= Load();

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

    /// <summary>Finds an installed theme by name, case-insensitively.</summary>
    public ThemeManifest? Find(string name) =>
        List().FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    private static readonly JsonSerializerOptions ManifestOptions = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };
}
