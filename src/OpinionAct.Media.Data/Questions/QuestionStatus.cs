namespace OpinionAct.Media.Data.Questions;

/// <summary>Where a reader's question stands in the moderation queue.</summary>
public enum QuestionStatus
{
    /// <summary>Asked, not yet looked at.</summary>
    New = 0,

    /// <summary>Kept by an editor, waiting for an answer.</summary>
    Approved = 1,

    /// <summary>Answered: published on its topic and expert pages.</summary>
    Answered = 2,

    /// <summary>Not kept (spam, off topic); never shown.</summary>
    Rejected = 3,

    /// <summary>A duplicate folded into another question, whose answer its asker also receives.</summary>
    Merged = 4,
}
