namespace OpinionAct.Media.Search;

/// <summary>One result; <see cref="SnippetHtml"/> is HTML-escaped text with only &lt;mark&gt; highlights.</summary>
public sealed record SearchHit(
    int Id,
    string Path,
    string Title,
    string SnippetHtml,
    DateTime PublishedUtc,
    IReadOnlyList<SearchTerm> Topics,
    IReadOnlyList<SearchTerm> Experts,
    float Score);
