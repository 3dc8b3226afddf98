using BenchmarkDotNet.Attributes;
using OpinionAct.Media.Search;

namespace OpinionAct.Media.Benchmarks.Bdn;

/// <summary>
/// <see cref="SearchIndex.Search"/> on a Lucene index of 20,000 generated articles (the search verb's
/// generator and query mix), one kind of query per benchmark, each returning a page of 10 with snippets
/// and topic facets. Every call runs the next of 1,000 queries drawn for its kind (browse has only
/// 150 distinct topic and page pairs), so no result is served twice in a row; nothing caches results.
/// What stays warm is what stays warm on a running node: the per-segment published-only filter, topic
/// table and date field cache, and the operating system's file cache.
/// The baseline is the simplest reader query, one word. Building the index is setup, and is done
/// once per run: BenchmarkDotNet starts a process per benchmark, and the first one leaves the index
/// in the folder the bdn verb names in <see cref="IndexFolderVariable"/> (inherited by those
/// processes) for the others; the verb deletes it at the end. Without the variable each process
/// builds its own index and deletes it.
/// </summary>
// Public and not sealed, unlike the rest of the code: BenchmarkDotNet finds benchmark classes by
// reflection among public types and generates a runner class that derives from each one.
public class SearchQueryBenchmarks
{
    private const int Articles = 20_000;
    private const int QueriesPerKind = 1_000;
    private const int SampleEvery = 20;
    private const int Seed = 20_240_601;

    private readonly Dictionary<string, SearchRequest[]> _queries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);
    private SearchIndex? _index;
    private string? _ownFolder;

    /// <summary>The environment variable that names the index folder shared by one run's processes.</summary>
    internal const string IndexFolderVariable = "OA_BDN_SEARCH_INDEX";

    [GlobalSetup]
    public void Setup()
    {
        var folder = Environment.GetEnvironmentVariable(IndexFolderVariable);
        if (string.IsNullOrEmpty(folder))
        {
            folder = _ownFolder = Path.Combine(Path.GetTempPath(), "oa-bdn-search-" + Guid.NewGuid().ToString("N"));
        }

        _index = new SearchIndex(folder);

        // The cursor is committed last: an index with it is complete; anything else is rebuilt.
        var complete = _index.Cursor == Articles && _index.Count(includeUnpublished: true) == Articles;
        if (!complete)
        {
            _index.DeleteAll();
        }

        var generator = new ArticleGenerator(Seed);
        var samples = new List<SearchDocument>();
        for (var id = 1; id <= Articles; id++)
        {
            var document = generator.Next(id);
            if (!complete)
            {
                _index.Upsert(document);
            }

            if (id % SampleEvery == 0)
            {
                samples.Add(document);
            }
        }

        if (!complete)
        {
            _index.Commit(Articles);
            _index.Refresh();
        }

        foreach (var group in QueryMix.Build(samples, new Random(Seed + 1), QueriesPerKind).GroupBy(q => q.Kind, StringComparer.Ordinal))
        {
            _queries[group.Key] = [.. group.Select(q => q.Request)];
            _next[group.Key] = 0;
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index?.Dispose();
        if (_ownFolder is not null && Directory.Exists(_ownFolder))
        {
            Directory.Delete(_ownFolder, recursive: true);
        }
    }

    [Benchmark(Baseline = true, Description = "One word")]
    public SearchResults OneTerm() => Next("one-term");

    [Benchmark(Description = "Two words")]
    public SearchResults TwoTerms() => Next("two-terms");

    [Benchmark(Description = "Three words")]
    public SearchResults ThreeTerms() => Next("three-terms");

    [Benchmark(Description = "Phrase")]
    public SearchResults Phrase() => Next("phrase");

    [Benchmark(Description = "Words + topic + year")]
    public SearchResults Filtered() => Next("filtered");

    [Benchmark(Description = "One word with a typo")]
    public SearchResults Fuzzy() => Next("fuzzy");

    [Benchmark(Description = "Browse a topic (no text)")]
    public SearchResults Browse() => Next("browse");

    private SearchResults Next(string kind)
    {
        var queries = _queries[kind];
        var at = _next[kind];
        _next[kind] = (at + 1) % queries.Length;
        return _index!.Search(queries[at]);
    }
}
