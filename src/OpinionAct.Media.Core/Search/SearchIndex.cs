using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace OpinionAct.Media.Search;

/// <summary>
/// One tenant's full-text index over a folder (Lucene, near-real-time). Thread-safe: any number of
/// concurrent searches; document changes (upsert, delete) run side by side, and commit, delete-all and dispose each
/// run alone. Changes become visible to
/// searches on <see cref="Refresh"/> and durable on <see cref="Commit"/>, which records the cursor
/// of the last applied indexing-log entry. <see cref="Dispose"/> discards uncommitted changes, so
/// the index on disk always matches its cursor. A folder that is missing is created; an index that
/// cannot be opened (corrupted files) is deleted and recreated empty, with cursor 0, so that the
/// indexing log rebuilds it.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const int MaxPageSize = 50;

    private const string CursorKey = "cursor";

    // UpsertAll's threads, at most four. The writer's buffer is shared by its threads and flushes the largest thread's
    // segment when full, so it grows with them: each thread then flushes segments as large as one thread's were. With
    // a buffer of 32 MB for two threads, 50,000 articles ended in 7 segments instead of 4 and the query p95 rose from
    // about 9.5 to 12 ms; with 64 MB, 4 segments and 9.35 ms (docs/search.md).
    private static readonly int IndexingThreads = Math.Clamp(Environment.ProcessorCount, 1, 4);

    private static readonly double RamBufferMb = 32 * IndexingThreads;

    /// <summary>
    /// Fewer documents than this are upserted on one thread. Each of the writer's threads flushes a segment of its own,
    /// and every search then walks each segment's terms for its typo and weight lookups: the demo hub's 16 articles,
    /// caught up on two threads, were left in two segments, and its searches cost about a quarter more CPU than over
    /// one (docs/search.md). Analysing a few hundred articles takes a fraction of a second, which a second thread would
    /// barely shorten.
    /// </summary>
    internal const int ParallelFrom = 256;

    private static readonly Sort ByRelevance = new(SortField.FIELD_SCORE, new SortField(SearchFields.Date, SortFieldType.INT64, true));

    private static readonly Sort ByDate = new(new SortField(SearchFields.Date, SortFieldType.INT64, true), SortField.FIELD_SCORE);

    // Shared by document changes (Lucene's writer analyses documents of different threads at once), exclusive for
    // commit, delete-all and dispose.
    private readonly ReaderWriterLockSlim _writeGate = new();
    private readonly BitSetCachingFilter _publishedOnly = new(new QueryWrapperFilter(SearchFilters.PublishedOnly));
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private long _cursor;
    private long _searchableCursor;
    private volatile bool _disposed;

    public SearchIndex(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
        (_directory, _writer, _searchers) = Open(Folder);
        _cursor = ReadCursor(_writer.CommitData);
        _searchableCursor = _cursor;
    }

    public string Folder { get; }

    /// <summary>The last applied indexing-log id, as of the last <see cref="Commit"/>; 0 for a new index.</summary>
    public long Cursor => Interlocked.Read(ref _cursor);

    /// <summary>
    /// The cursor that searches starting now are sure to reflect: the one committed before the last
    /// <see cref="Refresh"/>. It trails <see cref="Cursor"/> between a commit and the refresh that follows, so a search
    /// that finds the log no further than this cursor knows it can skip catching up; one that compared with
    /// <see cref="Cursor"/> could read a searcher older than the commit.
    /// </summary>
    public long SearchableCursor => Interlocked.Read(ref _searchableCursor);

    /// <summary>Adds the document, or replaces the one with the same id.</summary>
    public void Upsert(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fields = SearchDocumentMapper.ToLucene(document);
        Change(() => _writer.UpdateDocument(IdTerm(document.Id), fields));
    }

    /// <summary>
    /// Adds or replaces every document, on up to four cores from <see cref="ParallelFrom"/> documents: analysis is most
    /// of indexing, Lucene's writer analyses the documents of different threads side by side, and documents of distinct
    /// ids do not depend on each other. Of an id given twice, the last document is kept.
    /// </summary>
    public void UpsertAll(IReadOnlyList<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var latest = new Dictionary<int, SearchDocument>(documents.Count);
        foreach (var document in documents)
        {
            latest[document.Id] = document;
        }

        if (latest.Count < ParallelFrom)
        {
            foreach (var document in latest.Values)
            {
                Upsert(document);
            }

            return;
        }

        try
        {
            Parallel.ForEach(latest.Values, new ParallelOptions { MaxDegreeOfParallelism = IndexingThreads }, Upsert);
        }
        catch (AggregateException failed)
        {
            // The caller sees what a document's failure was (a disposed index, an I/O error), as with Upsert; every
            // thread usually fails the same way.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failed.InnerExceptions[0]).Throw();
        }
    }

    public void Delete(int id) => Change(() => _writer.DeleteDocuments(IdTerm(id)));

    public void DeleteAll() => Alone(() => _writer.DeleteAll());

    /// <summary>Makes every change so far durable, with <paramref name="cursor"/> in the commit's user data.</summary>
    public void Commit(long cursor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cursor);
        Alone(() =>
        {
            _writer.SetCommitData(new Dictionary<string, string> { [CursorKey] = cursor.ToString(CultureInfo.InvariantCulture) });
            _writer.Commit();
            Interlocked.Exchange(ref _cursor, cursor);
        });
    }

    /// <summary>A document change, beside other document changes.</summary>
    private void Change(Action change)
    {
        _writeGate.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            change();
        }
        finally
        {
            _writeGate.ExitReadLock();
        }
    }

    /// <summary>A change of the whole index, with no document change under way.</summary>
    private void Alone(Action change)
    {
        _writeGate.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            change();
        }
        finally
        {
            _writeGate.ExitWriteLock();
        }
    }

    /// <summary>Makes every change so far (committed or not) visible to the searches that start after it.</summary>
    public void Refresh()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var committed = Cursor;
        _searchers.MaybeRefreshBlocking();
        Interlocked.Exchange(ref _searchableCursor, committed);
    }

    /// <summary>Runs a reader's or editor's search; any text, page or filter gives results, never an exception.</summary>
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(_disposed, this);

        var parsed = SearchQueryParser.Parse(SearchText.Normalize(request.Query));
        var page = Math.Max(1, request.Page);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var none = new SearchResults { Query = parsed.Text, Page = page, PageSize = pageSize };
        if (parsed.MatchesNothing)
        {
            return none;
        }

        var searcher = _searchers.Acquire();
        try
        {
            var words = SearchQueryBuilder.Resolve(parsed, searcher.IndexReader);
            if (SearchQueryBuilder.Build(parsed, words, searcher.TopReaderContext) is not { } text || SearchFilters.Apply(text, request, _publishedOnly) is not { } query)
            {
                return none;
            }

            var sort = parsed.MatchesAll || request.Sort == SearchSort.Date ? ByDate : ByRelevance;
            return Run(searcher, new SearchPlan(parsed, words, query, sort), none);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>The segments the searches see now (tests of how many segments indexing leaves).</summary>
    internal int SegmentCount()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var searcher = _searchers.Acquire();
        try
        {
            return searcher.IndexReader.Leaves.Count;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>How many documents searches currently see (after the last <see cref="Refresh"/>).</summary>
    public int Count(bool includeUnpublished)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var searcher = _searchers.Acquire();
        try
        {
            if (includeUnpublished)
            {
                return searcher.IndexReader.NumDocs;
            }

            var count = new TotalHitCountCollector();
            searcher.Search(new MatchAllDocsQuery(), _publishedOnly, count);
            return count.TotalHits;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _writeGate.EnterWriteLock();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            try
            {
                _searchers.Dispose();
                _writer.Rollback(); // closes the writer and releases write.lock
            }
            finally
            {
                _directory.Dispose();
            }
        }
        finally
        {
            _writeGate.ExitWriteLock();
        }
    }

    private static SearchResults Run(IndexSearcher searcher, SearchPlan plan, SearchResults page)
    {
        var facets = new TopicFacetCollector();
        var offset = (long)(page.Page - 1) * page.PageSize;
        var maxDoc = searcher.IndexReader.MaxDoc;
        if (offset >= maxDoc)
        {
            // Past any possible end: count and facet only.
            var count = new TotalHitCountCollector();
            searcher.Search(plan.Query, MultiCollector.Wrap(count, facets));
            return page with { Total = count.TotalHits, Topics = facets.Results() };
        }

        var top = TopFieldCollector.Create(
            plan.Sort,
            (int)Math.Min(offset + page.PageSize, maxDoc),
            fillFields: false,
            trackDocScores: true,
            trackMaxScore: false,
            docsScoredInOrder: false);
        searcher.Search(plan.Query, MultiCollector.Wrap(top, facets));
        var docs = top.GetTopDocs((int)offset, page.PageSize);

        var highlights = new Dictionary<string, SnippetTerms>(StringComparer.Ordinal);
        var hits = new List<SearchHit>(docs.ScoreDocs.Length);
        foreach (var scoreDoc in docs.ScoreDocs)
        {
            var stored = StoredHits.Shared.Get(searcher.IndexReader, scoreDoc.Doc);
            if (!highlights.TryGetValue(stored.Language, out var highlight))
            {
                highlight = new SnippetTerms(SearchQueryBuilder.HighlightTerms(plan.Parsed, plan.Words, stored.Language));
                highlights[stored.Language] = highlight;
            }

            var snippet = SearchSnippets.For(stored, highlight);
            hits.Add(stored.ToHit(snippet, scoreDoc.Score));
        }

        return page with { Total = top.TotalHits, Hits = hits, Topics = facets.Results() };
    }

    private static Term IdTerm(int id) => new(SearchFields.Id, SearchDocumentMapper.IdTerm(id));

    private static long ReadCursor(IDictionary<string, string>? data) =>
        data is not null
        && data.TryGetValue(CursorKey, out var text)
        && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var cursor)
            ? cursor
            : 0;

    private static (FSDirectory Directory, IndexWriter Writer, SearcherManager Searchers) Open(string folder)
    {
        System.IO.Directory.CreateDirectory(folder);
        try
        {
            return Open(folder, OpenMode.CREATE_OR_APPEND);
        }
        catch (IOException exception) when (exception is not LockObtainFailedException)
        {
            // Unreadable index files: start again empty; the indexing log replays from cursor 0.
            DeleteIndexFiles(folder);
            return Open(folder, OpenMode.CREATE);
        }
    }

    private static (FSDirectory Directory, IndexWriter Writer, SearcherManager Searchers) Open(string folder, OpenMode mode)
    {
        // Not FSDirectory.Open's memory-mapped directory: see PositionalReadDirectory for why.
        var directory = new PositionalReadDirectory(new DirectoryInfo(folder));
        IndexWriter? writer = null;
        try
        {
            var config = new IndexWriterConfig(SearchAnalyzers.Version, SearchAnalyzers.Index)
            {
                OpenMode = mode,
                RAMBufferSizeMB = RamBufferMb,
            };
            writer = new IndexWriter(directory, config);
            return (directory, writer, new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null));
        }
        catch
        {
            writer?.Rollback();
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Deletes Lucene's files only (segments*, _*, write.lock): the folder may hold nothing else of value, but never assume so.</summary>
    private static void DeleteIndexFiles(string folder)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith("segments", StringComparison.Ordinal) || name.StartsWith('_') || name == "write.lock")
            {
                File.Delete(file);
            }
        }
    }
}
