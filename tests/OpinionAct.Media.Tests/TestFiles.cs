namespace OpinionAct.Media.Tests;

/// <summary>Files copied beside the test binaries: the Orchard Core anchors (from ../shared) and spec files.</summary>
internal static class TestFiles
{
    public static string Anchor(string file) => Read(Path.Combine("anchors", file),
        "the Orchard Core anchor recipes come from ../shared/anchors/orchard-recipes beside the repository");

    public static string Read(string relativePath, string hint = "spec files are copied to the test output")
    {
        var path = Path.Combine(AppContext.BaseDirectory, relativePath);
        return File.Exists(path) ? File.ReadAllText(path) : throw new FileNotFoundException($"{relativePath} is missing: {hint}.", path);
    }
}
