namespace OpinionAct.Media.Site;

/// <summary>One search result; <see cref="SnippetHtml"/> is escaped text with &lt;mark&gt; highlights only.</summary>
public sealed record SearchHitView(string Title, string Url, string SnippetHtml, string PublishedIso, string PublishedDisplay, IReadOnlyList<LinkView> Topics);
