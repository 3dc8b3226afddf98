using System.Globalization;
using Lucene.Net.Documents;

namespace OpinionAct.Media.Search;

/// <summary>
/// What a hit shows and what its snippet is cut from, read from a document's stored fields: everything a result needs
/// except the snippet and the score, which depend on the query; and, made on first use, the tokens of the texts a
/// snippet comes from (<see cref="Tokens"/>), the body's folded copy (<see cref="Folded"/>) and each text's opening
/// (<see cref="Opening"/>).
/// </summary>
internal sealed class StoredHit(
    int id,
    string path,
    string language,
    string title,
    string dek,
    string body,
    DateTime publishedUtc,
    IReadOnlyList<SearchTerm> topics,
    IReadOnlyList<SearchTerm> experts)
{
    /// <summary>The texts a snippet is looked for in, in order: <see cref="SnippetText"/> 0 to 2.</summary>
    public const int SnippetTexts = 3;

    private readonly AnalyzedText?[] _analyzed = new AnalyzedText?[SnippetTexts];

    private readonly int[] _snippets = new int[SnippetTexts];

    private readonly string?[] _openings = new string?[SnippetTexts];

    private string? _folded;

    public int Id => id;

    public string Language => language;

    public string Title => title;

    /// <summary>Characters this hit holds before any text is analysed (an object's own overhead counted as 32).</summary>
    public long Chars { get; } = 32L + path.Length + title.Length + dek.Length + body.Length
        + topics.Sum(t => (long)t.Slug.Length + t.Name.Length) + experts.Sum(e => (long)e.Slug.Length + e.Name.Length);

    /// <summary>Where the characters of texts analysed later are counted (set when the hit is kept; null when it is not).</summary>
    internal StoredHits.Budget? Budget { get; set; }

    /// <summary>The body (as far as snippets read it), then the dek, then the title.</summary>
    public string SnippetText(int index) => index switch
    {
        0 => body,
        1 => dek,
        _ => title,
    };

    /// <summary>Snippets a long text gets from its windows alone before it is analysed whole (see <see cref="Tokens"/>).</summary>
    public const int SnippetsBeforeAnalysis = 3;

    /// <summary>
    /// The tokens of <see cref="SnippetText"/>(<paramref name="index"/>) for a snippet, kept with the hit; null for the
    /// first <see cref="SnippetsBeforeAnalysis"/> snippets of a long text. Analysing a whole body costs several times
    /// what its few windows do, and most hits of a large index are shown rarely (at 50,000 articles, analysing each hit
    /// whole on first use took the query p95 from 9 to 17 ms on a loaded machine): a long text is analysed whole once
    /// its hit keeps coming back, and until then only its windows are, as each query's always were.
    /// </summary>
    public AnalyzedText? Tokens(int index)
    {
        if (Volatile.Read(ref _analyzed[index]) is { } known)
        {
            return known;
        }

        return SnippetText(index).Length <= SearchSnippets.WholeTextUpTo || Interlocked.Increment(ref _snippets[index]) > SnippetsBeforeAnalysis
            ? Analyzed(index)
            : null;
    }

    /// <summary>The tokens of <see cref="SnippetText"/>(<paramref name="index"/>), analysed now unless kept, then kept with the hit.</summary>
    public AnalyzedText Analyzed(int index)
    {
        if (Volatile.Read(ref _analyzed[index]) is { } known)
        {
            return known;
        }

        var analyzed = AnalyzedText.Of(language, SnippetText(index));
        return Keep(ref _analyzed[index], analyzed, analyzed.Chars);
    }

    /// <summary>
    /// The snippet shown when no word of the query is in <see cref="SnippetText"/>(<paramref name="index"/>)
    /// (<see cref="SearchSnippets.Opening"/>): it depends on the text alone, so it is made once and kept with the hit.
    /// </summary>
    public string Opening(int index)
    {
        if (Volatile.Read(ref _openings[index]) is { } known)
        {
            return known;
        }

        var opening = SearchSnippets.Opening(SnippetText(index));
        return Keep(ref _openings[index], opening, opening.Length);
    }

    /// <summary>The body folded for <see cref="SnippetWindows"/>, made on first use and kept with the hit.</summary>
    public string Folded
    {
        get
        {
            if (Volatile.Read(ref _folded) is { } known)
            {
                return known;
            }

            var folded = SnippetWindows.Fold(body);
            return Keep(ref _folded, folded, folded.Length);
        }
    }

    /// <summary>
    /// Puts <paramref name="made"/> in <paramref name="slot"/> unless another thread was first (its value wins), and
    /// counts its <paramref name="chars"/> against the kept hits' bound only when it is the one kept.
    /// </summary>
    private T Keep<T>(ref T? slot, T made, long chars)
        where T : class
    {
        if (Interlocked.CompareExchange(ref slot, made, null) is { } other)
        {
            return other;
        }

        Budget?.Add(chars);
        return made;
    }

    public static StoredHit From(Document document)
    {
        _ = int.TryParse(Stored(document, SearchFields.Id), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id);
        var ticks = document.GetField(SearchFields.Date)?.GetInt64Value() ?? 0L;
        return new StoredHit(
            id,
            Stored(document, SearchFields.Path) ?? string.Empty,
            SearchDocumentMapper.LanguageOf(Stored(document, SearchFields.Language)),
            Stored(document, SearchFields.TitleStored) ?? string.Empty,
            Stored(document, SearchFields.DekStored) ?? string.Empty,
            Stored(document, SearchFields.BodyStored) ?? string.Empty,
            new DateTime(Math.Clamp(ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc),
            Terms(document.GetValues(SearchFields.TopicStored, CultureInfo.InvariantCulture)),
            Terms(document.GetValues(SearchFields.ExpertStored, CultureInfo.InvariantCulture)));
    }

    public SearchHit ToHit(string snippetHtml, float score) =>
        new(id, path, title, snippetHtml, publishedUtc, topics, experts, float.IsNaN(score) ? 0f : score);

    /// <summary>A stored string value (the culture only matters to numeric values, which are read as numbers).</summary>
    private static string? Stored(Document document, string field) => document.Get(field, CultureInfo.InvariantCulture);

    // Read-only views: a kept hit's lists are handed to every result that shows it.
    private static IReadOnlyList<SearchTerm> Terms(string[]? stored) =>
        stored is null ? Array.Empty<SearchTerm>() : Array.AsReadOnly(Array.ConvertAll(stored, SearchDocumentMapper.ParseTerm));
}
