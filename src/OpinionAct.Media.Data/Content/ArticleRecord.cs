namespace OpinionAct.Media.Data.Content;

/// <summary>The current state of an article; every save also writes an <see cref="ArticleRevisionRecord"/>.</summary>
public sealed class ArticleRecord
{
    public int Id { get; set; }

    /// <summary>Site-relative path without leading slash ("renovation-energetique" or "blog/post-1" from Orchard).</summary>
    public required string Path { get; set; }

    public int Status { get; set; }

    public required string Title { get; set; }

    public string? Dek { get; set; }

    public string BodyMarkdown { get; set; } = string.Empty;

    /// <summary>Sanitised HTML of the current revision's body: rendered once per save, served as is.</summary>
    public string BodyHtml { get; set; } = string.Empty;

    /// <summary>Plain text of the body, for search, feeds and reading time.</summary>
    public string BodyText { get; set; } = string.Empty;

    public int WordCount { get; set; }

    public string? CoverImage { get; set; }

    public string? CoverAlt { get; set; }

    public string Language { get; set; } = "fr";

    public string? SeoTitle { get; set; }

    public string? SeoDescription { get; set; }

    public string? CanonicalUrl { get; set; }

    public bool Featured { get; set; }

    /// <summary>Sources as JSON: [{Title, Url, Publisher, Claim}].</summary>
    public string SourcesJson { get; set; } = "[]";

    /// <summary>Corrections log as JSON: [{Date, Text}].</summary>
    public string CorrectionsJson { get; set; } = "[]";

    /// <summary>Fact-checks as JSON: [{Claim, ClaimantName, ClaimantUrl, AppearanceUrl, AppearanceDate, Rating, Evidence: [{Title, Url}]}].</summary>
    public string ClaimReviewsJson { get; set; } = "[]";

    public DateTime? PublishedUtc { get; set; }

    public DateTime? ScheduledUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>The account that created the article (Authors may edit only their own drafts).</summary>
    public string? OwnerUserId { get; set; }

    /// <summary>Orchard Core's ContentItemId when imported by a recipe, so re-running it updates instead of duplicating.</summary>
    public string? ContentItemId { get; set; }

    public int RevisionNumber { get; set; }

    public List<ArticleTopicRecord> Topics { get; set; } = [];

    public List<ArticleExpertRecord> Experts { get; set; } = [];

    /// <summary>The article's topics in display order (the links must have been loaded with their topics).</summary>
    public IEnumerable<TopicRecord> OrderedTopics() => Topics.OrderBy(t => t.Position).Select(t => t.Topic).OfType<TopicRecord>();

    /// <summary>The article's experts in byline order (the links must have been loaded with their experts).</summary>
    public IEnumerable<ExpertRecord> OrderedExperts() => Experts.OrderBy(e => e.Position).Select(e => e.Expert).OfType<ExpertRecord>();

    /// <summary>Not loaded for reading; used to add the revision of each save in the same unit of work.</summary>
    public List<ArticleRevisionRecord> Revisions { get; set; } = [];
}
