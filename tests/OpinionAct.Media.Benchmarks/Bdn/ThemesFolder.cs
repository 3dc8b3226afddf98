namespace OpinionAct.Media.Benchmarks.Bdn;

/// <summary>
/// The shipped <c>themes/</c> folder: the copy beside the binaries (the Web project ships it there),
/// else the repository's, found by walking up from the binaries (BenchmarkDotNet runs each benchmark
/// from a generated project's own output folder).
/// </summary>
internal static class ThemesFolder
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var themes = Path.Combine(folder.FullName, "themes");
            if (File.Exists(Path.Combine(themes, "Expert", "theme.json")))
            {
                return themes;
            }
        }

        throw new InvalidOperationException($"No themes/Expert/theme.json above {AppContext.BaseDirectory}: run the benchmarks from inside the repository.");
    }
}
