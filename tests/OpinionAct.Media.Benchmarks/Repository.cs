namespace OpinionAct.Media.Benchmarks;

/// <summary>The repository this benchmark runs from (themes/ and recipes/ are read from it).</summary>
internal static class Repository
{
    public static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OpinionAct.Media.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository (it reads themes/ and recipes/).");
    }
}
