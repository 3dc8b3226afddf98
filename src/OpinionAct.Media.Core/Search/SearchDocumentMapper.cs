using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace OpinionAct.Media.Search;

/// <summary>Turns a <see cref="SearchDocument"/> into Lucene fields and a stored document back into a hit.</summary>
internal static class SearchDocumentMapper
{
    // Lucene refuses terms over 32,766 bytes; slugs and names are far shorter, but never let one fail a write.
    private const int MaxSlugLength = 200;
    private const int MaxNameLength = 500;

    /// <summary>"en..." is English; anything else is French, the platform's default language.</summary>
    public static string LanguageOf(string? language) =>
        language is not null && language.StartsWith(SearchFields.English, StringComparison.OrdinalIgnoreCase)
            ? SearchFields.English
            : SearchFields.French;

    public static string IdTerm(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static long Ticks(DateTime time) => time.Kind == DateTimeKind.Local ? time.ToUniversalTime().Ticks : time.Ticks;

    public static Document ToLucene(SearchDocument source)
    {
        var language = LanguageOf(source.Language);
        var title = source.Title ?? string.Empty;
        var dek = source.Dek ?? string.Empty;
        var body = source.Body ?? string.Empty;
        var ticks = Ticks(source.PublishedUtc);

        var document = new Document
        {
            new StringField(SearchFields.Id, IdTerm(source.Id), Field.Store.YES),
            new StoredField(SearchFields.Path, source.Path ?? string.Empty),
            new StringField(SearchFields.Language, language, Field.Store.YES),
            new StringField(SearchFields.Published, source.IsPublished ? "1" : "0", Field.Store.NO),
            new StoredField(SearchFields.Date, ticks),
            new NumericDocValuesField(SearchFields.Date, ticks),
            new StoredField(SearchFields.TitleStored, title),
            new StoredField(SearchFields.DekStored, dek),
            new StoredField(SearchFields.BodyStored, SnippetSource(body)),
            new TextField(SearchFields.Text(SearchFields.Title, language), title, Field.Store.NO),
            new TextField(SearchFields.Text(SearchFields.Dek, language), dek, Field.Store.NO),
            new TextField(SearchFields.Text(SearchFields.Body, language), body, Field.Store.NO),
        };

        foreach (var topic in Clean(source.Topics))
        {
            var stored = topic.Slug + SearchFields.Separator + topic.Name;
            document.Add(new StringField(SearchFields.Topic, topic.Slug, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(SearchFields.TopicFacet, new BytesRef(stored)));
            document.Add(new StoredField(SearchFields.TopicStored, stored));
            foreach (var analysed in SearchFields.Languages)
            {
                // Topic names are short and often shared by both languages: index them for both.
                document.Add(new TextField(SearchFields.Text(SearchFields.Topics, analysed), topic.Name, Field.Store.NO));
            }
        }

        foreach (var expert in Clean(source.Experts))
        {
            document.Add(new StringField(SearchFields.Expert, expert.Slug, Field.Store.NO));
            document.Add(new StoredField(SearchFields.ExpertStored, expert.Slug + SearchFields.Separator + expert.Name));
            document.Add(new TextField(SearchFields.ExpertNames, expert.Name, Field.Store.NO));
        }

        return document;
    }

    /// <summary>
    /// The part of the body a snippet can come from (the highlighter reads no further): stored instead of the
    /// whole body, so a hit loads and decompresses less. Never cut inside a surrogate pair.
    /// </summary>
    public static string SnippetSource(string body)
    {
        if (body.Length <= SearchSnippets.MaxCharsToAnalyze)
        {
            return body;
        }

        var length = char.IsHighSurrogate(body[SearchSnippets.MaxCharsToAnalyze - 1]) ? SearchSnippets.MaxCharsToAnalyze - 1 : SearchSnippets.MaxCharsToAnalyze;
        return body[..length];
    }

    public static SearchTerm ParseTerm(string stored)
    {
        var split = stored.IndexOf(SearchFields.Separator, StringComparison.Ordinal);
        return split < 0 ? new SearchTerm(stored, stored) : new SearchTerm(stored[..split], stored[(split + 1)..]);
    }

    /// <summary>Topics or experts with a slug, separator characters removed, each slug once.</summary>
    private static IEnumerable<SearchTerm> Clean(IReadOnlyList<SearchTerm>? terms)
    {
        if (terms is null)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var slug = Strip(term?.Slug, MaxSlugLength);
            if (slug.Length > 0 && seen.Add(slug))
            {
                var name = Strip(term!.Name, MaxNameLength);
                yield return new SearchTerm(slug, name.Length > 0 ? name : slug);
            }
        }
    }

    private static string Strip(string? value, int maxLength)
    {
        var clean = (value ?? string.Empty).Replace(SearchFields.Separator.ToString(), string.Empty, StringComparison.Ordinal).Trim();
        return clean.Length <= maxLength ? clean : clean[..maxLength];
    }
}
