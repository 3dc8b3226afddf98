namespace OpinionAct.Media.Data.Search;

/// <summary>One public search, without personal data: the normalised text, how many results, when, and which result was clicked.</summary>
public sealed class SearchQueryRecord
{
    public long Id { get; set; }

    public required string Query { get; set; }

    public int ResultCount { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>1-based position of the first result the reader opened; null when none was.</summary>
    public int? ClickedPosition { get; set; }

    /// <summary>The article ranked first on the first page, so insights can count demand per topic; null when none.</summary>
    public int? TopArticleId { get; set; }
}
