using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Tests.Themes;

/// <summary>A throw-away themes folder for themes written by a test (broken, nosy...); deleted on dispose.</summary>
internal sealed class TempThemes : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "oa-themes-" + Guid.NewGuid().ToString("N"));

    public ThemeCatalog Catalog => new(Folder);

    /// <summary>Writes <c>&lt;name&gt;/theme.json</c>, a minimal layout unless given, and the files.</summary>
    public TempThemes Theme(string name, params (string File, string Text)[] files) =>
        Write(name, $$"""{ "name": "{{name}}", "version": "1.0.0" }""", files, layout: true);

    /// <summary>Writes a theme that builds on <paramref name="baseName"/>, with only the files given (no layout of its own unless given).</summary>
    public TempThemes ThemeOn(string baseName, string name, params (string File, string Text)[] files) =>
        Write(name, $$"""{ "name": "{{name}}", "version": "1.0.0", "base": "{{baseName}}" }""", files, layout: false);

    /// <summary>Writes a base theme (<c>"abstract": true</c>) with only the files given.</summary>
    public TempThemes BaseTheme(string name, params (string File, string Text)[] files) =>
        Write(name, $$"""{ "name": "{{name}}", "version": "1.0.0", "abstract": true }""", files, layout: false);

    private TempThemes Write(string name, string manifest, (string File, string Text)[] files, bool layout)
    {
        var folder = Path.Combine(Folder, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "theme.json"), manifest);
        if (layout && !files.Any(f => f.File == "layout.liquid"))
        {
            File.WriteAllText(Path.Combine(folder, "layout.liquid"), "<main>{{ content }}</main>");
        }

        foreach (var (file, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, file))!);
            File.WriteAllText(Path.Combine(folder, file), text);
        }

        return this;
    }

    /// <summary>A file outside any theme folder, which no template may read.</summary>
    public TempThemes Outside(string file, string text)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, file), text);
        return this;
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
