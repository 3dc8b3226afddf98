namespace OpinionAct.Media.Site;

/// <summary>The <c>model</c> of the <c>issue</c> email: a Markdown body, a digest of articles, or both.</summary>
public sealed record IssueEmailView
{
    /// <summary>Sanitised HTML of the issue's Markdown; print with <c>| raw</c>. Empty when the issue is a digest only.</summary>
    public string BodyHtml { get; init; } = string.Empty;

    public IReadOnlyList<DigestItemView> Digest { get; init; } = [];
}
