using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;

namespace OpinionAct.Media.Benchmarks.Bdn;

/// <summary>
/// The one configuration of the bdn verb: a short job (one launch, 3 warm-up and 5 measured
/// iterations of about 0.5 s each) so that every class runs in a few minutes on a shared 2-core
/// machine, after a one-time build of the generated project; allocations per operation; the ratio
/// to each class's baseline. Wider confidence intervals than BenchmarkDotNet's default job are the
/// price: read the Error column. A <c>--job</c> on the command line replaces the short job.
/// </summary>
internal static class BdnConfig
{
    public static IConfig Create(string artifactsPath, bool shortJob)
    {
        var config = ManualConfig.CreateEmpty();
        if (shortJob)
        {
            config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5).WithId("Short"));
        }

        return config
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogger(ConsoleLogger.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value))
            .WithArtifactsPath(artifactsPath)

            // BenchmarkDotNet builds a generated project that rebuilds Core, Data and Web in Release: on a
            // busy 2-core machine that takes longer than its default 2 minutes.
            .WithBuildTimeout(TimeSpan.FromMinutes(10));
    }
}
