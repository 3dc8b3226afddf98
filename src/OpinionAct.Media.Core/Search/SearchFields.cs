namespace OpinionAct.Media.Search;

/// <summary>Field names and boosts of the index.</summary>
internal static class SearchFields
{
    public const string French = "fr";
    public const string English = "en";

    public const string Id = "id";
    public const string Path = "path";
    public const string Language = "lang";

    /// <summary>Publication time in ticks (UTC): doc values (sorting and date ranges) and stored. Not indexed as terms: a precision-stepped numeric field cost a third of indexing time.</summary>
    public const string Date = "date";

    /// <summary>"1" for published articles, "0" otherwise.</summary>
    public const string Published = "published";

    /// <summary>Topic slugs, indexed as exact terms (filter).</summary>
    public const string Topic = "topic";

    /// <summary>Topic "slug\u001Fname" as sorted-set doc values (facets).</summary>
    public const string TopicFacet = "topic_facet";

    /// <summary>Expert slugs, indexed as exact terms (filter).</summary>
    public const string Expert = "expert";

    /// <summary>Stored "slug\u001Fname" of each topic and expert, in order, for hits.</summary>
    public const string TopicStored = "topic_stored";
    public const string ExpertStored = "expert_stored";

    /// <summary>Stored raw text for hits and snippets.</summary>
    public const string TitleStored = "title";
    public const string DekStored = "dek";
    public const string BodyStored = "body";

    /// <summary>Base names of the analysed text fields; <see cref="Text"/> appends the language.</summary>
    public const string Title = "title";
    public const string Dek = "dek";
    public const string Body = "body";
    public const string Topics = "topics";

    /// <summary>Expert names, one language-neutral field (names are not stemmed).</summary>
    public const string ExpertNames = "experts_text";

    /// <summary>Field name used when analysing query text and snippets (the analyzers ignore it).</summary>
    public const string QueryField = "q";

    /// <summary>Separates slug and name in stored and doc-values terms.</summary>
    public const char Separator = '\u001F';

    public const float TitleBoost = 3f;
    public const float TopicsBoost = 2f;
    public const float ExpertsBoost = 2f;
    public const float DekBoost = 1.5f;
    public const float BodyBoost = 1f;

    /// <summary>A fuzzy (one-typo) match scores this fraction of an exact one in the same field.</summary>
    public const float FuzzyFactor = 0.4f;

    public static readonly string[] Languages = [French, English];

    public static string Text(string baseName, string language) => baseName + "_" + language;
}
