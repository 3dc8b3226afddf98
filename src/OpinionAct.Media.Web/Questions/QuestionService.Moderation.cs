using OpinionAct.Media.Data.Questions;
using OpinionAct.Media.Markdown;
using OpinionAct.Media.Questions;
using OpinionAct.Media.Web.Audit;

namespace OpinionAct.Media.Web.Questions;

/// <summary>The moderation queue's actions (Editors and Admins): each checks first, writes once and is audited.</summary>
public sealed partial class QuestionService
{
    public const int MaxAnswerLength = 20000;

    public Task<List<QuestionRecord>> QueueAsync(QuestionStatus? status, int? topicId, CancellationToken ct) =>
        store.ListAsync(status, topicId, 200, ct);

    public async Task ApproveAsync(int id, AuditTrail audit, CancellationToken ct)
    {
        var question = await OpenAsync(id, ct);
        question.Status = QuestionStatus.Approved;
        await SaveAsync(question, QuestionActions.Approved, string.Empty, audit, ct);
    }

    public async Task RejectAsync(int id, AuditTrail audit, CancellationToken ct)
    {
        var question = await OpenAsync(id, ct);
        question.Status = QuestionStatus.Rejected;
        await SaveAsync(question, QuestionActions.Rejected, string.Empty, audit, ct);
    }

    public async Task AssignAsync(int id, int? expertId, AuditTrail audit, CancellationToken ct)
    {
        if (expertId is { } expert && !await store.ExpertExistsAsync(expert, ct))
        {
            throw new MediaValidationException($"No expert has the number {expert}; pick one of the hub's experts.");
        }

        var question = await OpenAsync(id, ct);
        question.AssignedExpertId = expertId;
        if (question.Status == QuestionStatus.New)
        {
            question.Status = QuestionStatus.Approved;
        }

        await SaveAsync(question, QuestionActions.Assigned, expertId is null ? "nobody" : $"expert {expertId}", audit, ct);
    }

    /// <summary>
    /// Folds a duplicate into another question: its asker is told when that one is answered. Questions merged into the
    /// duplicate earlier move with it, so no asker is left waiting on a question that will never be answered.
    /// </summary>
    public async Task MergeAsync(int id, int intoId, AuditTrail audit, CancellationToken ct)
    {
        if (id == intoId)
        {
            throw new MediaValidationException("A question cannot be merged into itself; pick another question's number.");
        }

        var into = await store.FindAsync(intoId, ct);
        if (into is null || into.Status is QuestionStatus.Merged or QuestionStatus.Rejected)
        {
            throw new MediaValidationException("Merge into a question that is still open or answered; check its number.");
        }

        var question = await OpenAsync(id, ct);
        question.Status = QuestionStatus.Merged;
        question.DuplicateOfId = intoId;
        var moved = await store.DuplicatesOfAsync(id, ct);
        foreach (var earlier in moved)
        {
            earlier.DuplicateOfId = intoId;
        }

        var due = into.Status == QuestionStatus.Answered ? await DueAnswerMailsAsync([question, .. moved], ct) : [];
        await SaveAsync(question, QuestionActions.Merged, moved.Count == 0 ? $"into {intoId}" : $"into {intoId}, with {moved.Count} merged into it", audit, ct);
        QueueAnswerMails(due);
    }

    /// <summary>Why an answer cannot be published as written (empty or too long), or null when it can.</summary>
    public static string? AnswerProblem(string? markdown)
    {
        var length = (markdown ?? string.Empty).Trim().Length;
        return length == 0 ? "Write the answer before publishing it."
            : length > MaxAnswerLength ? $"Keep the answer under {MaxAnswerLength} characters."
            : null;
    }

    /// <summary>Publishes the answer (Markdown through the sanitising renderer) and tells every confirmed asker, once.</summary>
    public async Task AnswerAsync(int id, string? markdown, MarkdownRenderer renderer, AuditTrail audit, string editor, CancellationToken ct)
    {
        if (AnswerProblem(markdown) is { } problem)
        {
            throw new MediaValidationException(problem);
        }

        var text = markdown!.Trim();
        var question = await OpenAsync(id, ct);
        var first = question.AnsweredUtc is null;
        question.AnswerMarkdown = text;
        question.AnswerHtml = renderer.Render(text).Html;
        question.AnsweredBy = TextLimit.Cut(editor, 256);
        question.AnsweredUtc ??= clock.GetUtcNow().UtcDateTime;
        question.Status = QuestionStatus.Answered;
        var due = await DueAnswerMailsAsync(await store.AskersToMailAsync(id, ct), ct);
        await SaveAsync(question, QuestionActions.Answered, first ? "published" : "edited", audit, ct);
        QueueAnswerMails(due);
    }

    /// <summary>
    /// Records on each confirmed asker not yet told that the answer email is due, saved with the caller's commit, and
    /// makes the sweep due in the tenant table before that commit: if the process dies after the commit, the sweep
    /// still sends it. An asker already due (an edited answer) is not queued again: one email per asker.
    /// </summary>
    /// <returns>The askers newly due, to queue once the commit succeeded.</returns>
    private async Task<List<int>> DueAnswerMailsAsync(IEnumerable<QuestionRecord> askers, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = askers.Where(a => a.Email is not null && a.EmailConfirmedUtc is not null && a.AnswerMailedUtc is null && a.AnswerMailQueuedUtc is null).ToList();
        if (due.Count == 0)
        {
            return [];
        }

        await work.ScheduleAsync(tenant.Tenant.Name, QuestionMailSweep.JobKind, now + mailOptions.Value.ConfirmationSweepAfter, ct);
        foreach (var asker in due)
        {
            asker.AnswerMailQueuedUtc = now.UtcDateTime;
        }

        return due.ConvertAll(a => a.Id);
    }

    private void QueueAnswerMails(List<int> askers)
    {
        foreach (var id in askers)
        {
            outbox.EnqueueMail(tenant.Tenant.Name, QuestionAnswerMail.MailKind, id);
        }
    }

    private async Task<QuestionRecord> OpenAsync(int id, CancellationToken ct)
    {
        var question = await store.FindAsync(id, ct) ?? throw new MediaValidationException("This question no longer exists; reload the queue.");
        return question.Status == QuestionStatus.Merged
            ? throw new MediaValidationException("This question was merged into another; act on that one.")
            : question;
    }

    private async Task SaveAsync(QuestionRecord question, string action, string detail, AuditTrail audit, CancellationToken ct)
    {
        audit.Add(action, $"question {question.Id}", detail);
        await store.SaveAsync(ct);
        logger.QuestionModerated(tenant.Tenant.Name, question.Id, action);

        // Topic and expert pages are output-cached: a published, edited or withdrawn answer must show at once.
        foreach (var listener in listeners)
        {
            await listener.OnContentChangedAsync(tenant.Tenant.Name, ct);
        }
    }
}
