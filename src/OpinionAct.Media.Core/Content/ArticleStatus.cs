namespace OpinionAct.Media.Content;

/// <summary>Where an article is in its life; only <see cref="Published"/> articles reach readers.</summary>
public enum ArticleStatus
{
    Draft = 0,

    /// <summary>Will be published by the scheduler at its scheduled time.</summary>
    Scheduled = 1,

    Published = 2,

    /// <summary>Withdrawn from the site and lists, kept with its revisions.</summary>
    Archived = 3,
}
