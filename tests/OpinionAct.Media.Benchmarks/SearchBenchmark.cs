using System.Diagnostics;
using System.Globalization;
using OpinionAct.Media.Search;

namespace OpinionAct.Media.Benchmarks;

/// <summary>
/// Indexes N synthetic articles into a fresh <see cref="SearchIndex"/>, then runs a mix of queries
/// in process and prints indexing throughput, index size and latency percentiles per kind.
/// Targets: indexing ≥ 2,000 documents/s; p95 ≤ 10 ms at 50,000 documents.
/// </summary>
internal static class SearchBenchmark
{
    private const int Seed = 20_240_601;
    private const int QueriesPerKind = 300;
    private const int WarmUpQueries = 300;
    private const int BatchSize = 1_000;
    private const int SampleEvery = 50;
    private const int WarmUpDocuments = 2_000;

    public static void Run(int count, TextWriter output)
    {
        var folder = Path.Combine(Path.GetTempPath(), "oa-search-benchmark-" + Guid.NewGuid().ToString("N"));
        try
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search benchmark: {count:N0} articles, {Vocabulary.Count:N0} distinct vocabulary words, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
            WarmUp(folder + "-warm-up");
            using var index = new SearchIndex(folder);

            var samples = Index(index, count, output);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index size on disk: {FolderMegabytes(folder):F1} MB"));

            var queries = QueryMix.Build(samples, new Random(Seed + 1), QueriesPerKind);
            foreach (var (_, request) in queries.Take(WarmUpQueries))
            {
                index.Search(request);
            }

            Measure(index, queries, output);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Indexes and searches a throwaway index first so that the measured run uses optimised (tier-1) code.</summary>
    private static void WarmUp(string folder)
    {
        try
        {
            using var index = new SearchIndex(folder);
            var generator = new ArticleGenerator(Seed - 1);
            var samples = new List<SearchDocument>();
            for (var id = 1; id <= WarmUpDocuments; id++)
            {
                var document = generator.Next(id);
                index.Upsert(document);
                if (id % SampleEvery == 0)
                {
                    samples.Add(document);
                }
            }

            index.Commit(WarmUpDocuments);
            index.Refresh();
            foreach (var (_, request) in QueryMix.Build(samples, new Random(Seed - 1), WarmUpQueries / 7))
            {
                index.Search(request);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<SearchDocument> Index(SearchIndex index, int count, TextWriter output)
    {
        var generator = new ArticleGenerator(Seed);
        var samples = new List<SearchDocument>();
        var batch = new List<SearchDocument>(BatchSize);
        var words = 0L;
        var timer = new Stopwatch();
        for (var id = 1; id <= count; id += BatchSize)
        {
            // Generation is not timed: only Upsert, Commit and Refresh are.
            batch.Clear();
            for (var i = id; i < id + BatchSize && i <= count; i++)
            {
                var document = generator.Next(i);
                batch.Add(document);
                words += document.Body.Count(c => c == ' ') + 1;
                if (i % SampleEvery == 0)
                {
                    samples.Add(document);
                }
            }

            // As the web node's indexer applies a batch of the indexing log: on every core.
            timer.Start();
            index.UpsertAll(batch);
            timer.Stop();
        }

        timer.Start();
        index.Commit(count);
        index.Refresh();
        timer.Stop();

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"indexing: {count:N0} documents ({words / count:N0} body words on average) in {timer.Elapsed.TotalSeconds:F1} s = {count / timer.Elapsed.TotalSeconds:N0} documents/s (target ≥ 3,000)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT\tsearch index: indexing {count:N0} articles\t{count / timer.Elapsed.TotalSeconds:F0}\tdocs/s\t-\t>= 3000"));
        return samples;
    }

    private static void Measure(SearchIndex index, List<(string Kind, SearchRequest Request)> queries, TextWriter output)
    {
        var latencies = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var hits = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (kind, request) in queries)
        {
            var start = Stopwatch.GetTimestamp();
            var results = index.Search(request);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            (latencies.TryGetValue(kind, out var list) ? list : latencies[kind] = []).Add(elapsed);
            hits[kind] = hits.GetValueOrDefault(kind) + results.Total;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"queries: {queries.Count:N0} (page of 10 with snippets and topic facets), latency in ms (target p95 ≤ 10):"));
        output.WriteLine("  kind            count   avg hits     p50     p95     p99     max");
        foreach (var (kind, list) in latencies)
        {
            Print(output, kind, list, hits[kind] / (double)list.Count);
        }

        var all = latencies.Values.SelectMany(l => l).ToList();
        Print(output, "overall", all, hits.Values.Sum() / (double)all.Count);

        // For run-all.sh: Print sorted the list.
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT\tsearch index: query p95, all kinds\t{Percentile(all, 0.95):F2}\tms\t-\t<= 10"));
    }

    private static void Print(TextWriter output, string kind, List<double> latencies, double averageHits)
    {
        latencies.Sort();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {kind,-14} {latencies.Count,6} {averageHits,10:N0} {Percentile(latencies, 0.50),7:F2} {Percentile(latencies, 0.95),7:F2} {Percentile(latencies, 0.99),7:F2} {latencies[^1],7:F2}"));
    }

    private static double Percentile(List<double> sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static double FolderMegabytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length) / (1024d * 1024d);
}
