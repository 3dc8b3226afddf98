using BenchmarkDotNet.Running;

namespace OpinionAct.Media.Benchmarks.Bdn;

/// <summary>
/// <c>bdn [filter | BenchmarkDotNet options]</c>: runs the in-process benchmarks of this folder through
/// <see cref="BenchmarkSwitcher"/>. No argument runs them all; a bare word is a case-insensitive
/// part of the name (<c>bdn Search</c> means <c>--filter *Search*</c>); anything starting with a dash
/// is passed to BenchmarkDotNet as is (<c>bdn --list flat</c>, <c>bdn --filter *Theme*Home*</c>,
/// <c>bdn --filter *Markdown* --job default</c> for BenchmarkDotNet's own, longer job).
/// </summary>
internal static class BdnVerb
{
    public static int Run(string[] args)
    {
        string[] switcherArgs = args switch
        {
            [] => ["--filter", "*"],
            [var first, ..] when first.StartsWith('-') => args,
            _ => ["--filter", .. args.Select(a => a.Contains('*', StringComparison.Ordinal) || a.Contains('?', StringComparison.Ordinal) ? a : "*" + a + "*")],
        };

        // Under bin/, which git ignores: the generated projects, logs and the Markdown reports (*-report-github.md).
        var artifacts = Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts");
        // One search index for the run, built by the first search benchmark's process, reused by the next ones.
        var searchIndex = Path.Combine(Path.GetTempPath(), "oa-bdn-search-" + Guid.NewGuid().ToString("N"));
        Environment.SetEnvironmentVariable(SearchQueryBenchmarks.IndexFolderVariable, searchIndex);

        var jobGiven = switcherArgs.Contains("--job", StringComparer.OrdinalIgnoreCase) || switcherArgs.Contains("-j", StringComparer.Ordinal);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(BdnVerb).Assembly).Run(switcherArgs, BdnConfig.Create(artifacts, shortJob: !jobGiven));
        if (Directory.Exists(searchIndex))
        {
            Directory.Delete(searchIndex, recursive: true);
        }

        if (summaries.Any())
        {
            Console.WriteLine($"reports: {Path.Combine(artifacts, "results")}");
        }

        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
