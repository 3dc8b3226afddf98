using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Tests.Themes;

/// <summary>
/// The shipped themes build on <c>themes/Base</c>: each has every template once its base is counted, repeats
/// none of the base's files, and renders the very bytes it rendered when it held a copy of every file.
/// </summary>
public sealed class ShippedThemeBaseTests
{
    private static readonly string ShippedFolder = Path.Combine(AppContext.BaseDirectory, "themes");
    private static readonly ThemeCatalog Shipped = new(ShippedFolder);

    public static TheoryData<string> Themes => new("Expert", "Magazine");

    [Theory]
    [MemberData(nameof(Themes))]
    public void Shipped_theme_should_have_every_required_template_when_its_base_is_counted(string theme)
    {
        var folders = Shipped.Lineage(Shipped.Find(theme)!).Select(t => t.Folder).ToList();

        var missing = ThemeSamples.RequiredFiles().Where(file => !folders.Any(f => File.Exists(Path.Combine(f, file)))).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public void Shipped_theme_should_not_repeat_a_base_file_when_the_two_are_identical(string theme)
    {
        var manifest = Shipped.Find(theme)!;
        var baseFolder = Shipped.Lineage(manifest)[1].Folder;

        var repeated = Files(baseFolder)
            .Where(file => File.Exists(Path.Combine(manifest.Folder, file))
                && File.ReadAllBytes(Path.Combine(manifest.Folder, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(baseFolder, file))))
            .ToList();

        Assert.Empty(repeated);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task Shipped_theme_should_render_the_same_bytes_as_a_flat_copy_when_built_on_the_base(string theme)
    {
        // The flat copy is what the theme held before the base existed: the base's files, then the theme's on top.
        using var flat = new TempThemes();
        var target = Path.Combine(flat.Folder, theme);
        foreach (var folder in Shipped.Lineage(Shipped.Find(theme)!).Select(t => t.Folder).Reverse())
        {
            foreach (var file in Files(folder).Where(f => f.EndsWith(".liquid", StringComparison.Ordinal)))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, file))!);
                File.Copy(Path.Combine(folder, file), Path.Combine(target, file), overwrite: true);
            }
        }

        File.WriteAllText(Path.Combine(target, "theme.json"), $$"""{ "name": "{{theme}}", "version": "0.1.2" }""");

        var inherited = await ThemeSamples.RenderAllAsync(new ThemeRenderer(Shipped), theme);
        var copied = await ThemeSamples.RenderAllAsync(new ThemeRenderer(flat.Catalog), theme);

        Assert.Equal(copied.Keys, inherited.Keys);
        Assert.All(copied, sample => Assert.Equal(sample.Value, inherited[sample.Key]));
        Assert.Equal(28, inherited.Count); // 10 pages with and without the signup form, 2 emails × 2 parts × 2 languages
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f))
            .Where(f => f != "theme.json");
}
