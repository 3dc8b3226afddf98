namespace OpinionAct.Media.Data.Questions;

/// <summary>A reader's question to the hub's experts, from the form or the API, with its moderation and answer.</summary>
public sealed class QuestionRecord
{
    public int Id { get; set; }

    /// <summary>Plain text as the reader typed it; always encoded where shown.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Where to tell the asker of the answer; used only once confirmed.</summary>
    public string? Email { get; set; }

    /// <summary>The sentence the asker agreed to when giving the address: the proof of consent.</summary>
    public string? ConsentText { get; set; }

    /// <summary>Single-use secret of the confirmation link; cleared when followed.</summary>
    public string? ConfirmNonce { get; set; }

    public DateTime? EmailConfirmedUtc { get; set; }

    /// <summary>
    /// Attempts claimed at the address's confirmation email, one sender per attempt. It is due from the ask's own commit
    /// (<see cref="AskedUtc"/>) until confirmed, accepted or out of attempts, within the link's lifetime.
    /// </summary>
    public int ConfirmMailAttempts { get; set; }

    /// <summary>When the mail server accepted the confirmation email: it is never sent again.</summary>
    public DateTime? ConfirmMailedUtc { get; set; }

    /// <summary>
    /// When the answer email to this asker became due, written in the same commit as what made it due (the answer, the
    /// merge into an answered question, or the address confirmed after the answer); the sweep looks for these.
    /// </summary>
    public DateTime? AnswerMailQueuedUtc { get; set; }

    /// <summary>Attempts claimed at the answer email, one sender per attempt (whichever node or retry holds it).</summary>
    public int AnswerMailAttempts { get; set; }

    /// <summary>When the mail server accepted the answer email: it is never sent again.</summary>
    public DateTime? AnswerMailedUtc { get; set; }

    /// <summary>The URL of the page the question was asked on.</summary>
    public string? Page { get; set; }

    public int? TopicId { get; set; }

    public int? ExpertId { get; set; }

    public int? ArticleId { get; set; }

    public QuestionStatus Status { get; set; }

    /// <summary>For a merged duplicate: the question it was folded into.</summary>
    public int? DuplicateOfId { get; set; }

    public int? AssignedExpertId { get; set; }

    public string? AnswerMarkdown { get; set; }

    /// <summary>The answer rendered by the sanitising Markdown renderer.</summary>
    public string? AnswerHtml { get; set; }

    public string? AnsweredBy { get; set; }

    public DateTime AskedUtc { get; set; }

    public DateTime? AnsweredUtc { get; set; }
}
