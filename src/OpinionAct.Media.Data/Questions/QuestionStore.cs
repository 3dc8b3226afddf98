using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Questions;

/// <summary>Reader questions: asking, the moderation queue, answers, and the published Q&amp;A of topic and expert pages.</summary>
public sealed class QuestionStore(TenantDbContext db)
{
    public async Task<int> AddAsync(QuestionRecord question, CancellationToken ct)
    {
        db.Questions.Add(question);
        await db.SaveChangesAsync(ct);
        return question.Id;
    }

    public Task<bool> ExistsAsync(string text, CancellationToken ct) => db.Questions.AnyAsync(q => q.Text == text, ct);

    public Task<QuestionRecord?> FindAsync(int id, CancellationToken ct) =>
        db.Questions.FirstOrDefaultAsync(q => q.Id == id, ct);

    public Task SaveAsync(CancellationToken ct) => db.SaveChangesAsync(ct);

    public Task<bool> ExpertExistsAsync(int expertId, CancellationToken ct) => db.Experts.AnyAsync(e => e.Id == expertId, ct);

    /// <summary>The ids of the topic, expert and article a form names (by slug and path); unknown names give null.</summary>
    public async Task<(int? Topic, int? Expert, int? Article)> ResolveAsync(string? topicSlug, string? expertSlug, string? articlePath, CancellationToken ct)
    {
        int? topic = string.IsNullOrEmpty(topicSlug) ? null : await db.Topics.Where(t => t.Slug == topicSlug).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
        int? expert = string.IsNullOrEmpty(expertSlug) ? null : await db.Experts.Where(e => e.Slug == expertSlug).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
        int? article = null;
        if (!string.IsNullOrEmpty(articlePath))
        {
            var found = await db.Articles.AsNoTracking().Include(a => a.Topics).Where(a => a.Path == articlePath).FirstOrDefaultAsync(ct);
            if (found is not null)
            {
                article = found.Id;
                // A question on an article belongs to the article's first topic, where its answer will be published.
                topic ??= found.Topics.OrderBy(t => t.Position).Select(t => (int?)t.TopicId).FirstOrDefault();
            }
        }

        return (topic, expert, article);
    }

    /// <summary>The queue, newest first, optionally of one status and one topic.</summary>
    public Task<List<QuestionRecord>> ListAsync(QuestionStatus? status, int? topicId, int take, CancellationToken ct)
    {
        var query = db.Questions.AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(q => q.Status == s);
        }

        if (topicId is { } t)
        {
            query = query.Where(q => q.TopicId == t);
        }

        return query.OrderByDescending(q => q.AskedUtc).ThenByDescending(q => q.Id).Take(take).ToListAsync(ct);
    }

    /// <summary>Answered questions of a topic or an expert (asked on their page or assigned to them), most recent answer first.</summary>
    public Task<List<QuestionRecord>> AnsweredAsync(int? topicId, int? expertId, int take, CancellationToken ct)
    {
        var query = db.Questions.AsNoTracking().Where(q => q.Status == QuestionStatus.Answered);
        query = topicId is { } t ? query.Where(q => q.TopicId == t) : query.Where(q => q.ExpertId == expertId || q.AssignedExpertId == expertId);
        return query.OrderByDescending(q => q.AnsweredUtc).Take(take).ToListAsync(ct);
    }

    /// <summary>The questions merged into <paramref name="questionId"/> (tracked).</summary>
    public Task<List<QuestionRecord>> DuplicatesOfAsync(int questionId, CancellationToken ct) =>
        db.Questions.Where(q => q.DuplicateOfId == questionId).ToListAsync(ct);

    /// <summary>The confirmed askers to tell of an answer (tracked): the question's own and its merged duplicates', not yet mailed.</summary>
    public Task<List<QuestionRecord>> AskersToMailAsync(int questionId, CancellationToken ct) =>
        db.Questions.Where(q => (q.Id == questionId || q.DuplicateOfId == questionId) && q.Email != null && q.EmailConfirmedUtc != null && q.AnswerMailedUtc == null)
            .ToListAsync(ct);

    /// <summary>
    /// Askers whose answer email became due before <paramref name="queuedBefore"/> (so the quick retries are over) and was
    /// never accepted, with attempts left: what a crash or a failed send left behind.
    /// </summary>
    public Task<List<int>> AnswerMailsDueAsync(DateTime queuedBefore, int maxAttempts, int take, CancellationToken ct) =>
        db.Questions.AsNoTracking()
            .Where(q => q.AnswerMailQueuedUtc != null && q.AnswerMailQueuedUtc <= queuedBefore && q.AnswerMailedUtc == null && q.AnswerMailAttempts < maxAttempts
                && q.Email != null && q.EmailConfirmedUtc != null)
            .OrderBy(q => q.Id).Select(q => q.Id).Take(take).ToListAsync(ct);

    /// <summary>Claims attempt <paramref name="attempt"/> of an asker's answer email; true when this caller won it and may send.</summary>
    public async Task<bool> ClaimAnswerMailAsync(int questionId, int attempt, CancellationToken ct) =>
        await db.Questions.Where(q => q.Id == questionId && q.AnswerMailAttempts == attempt && q.AnswerMailedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.AnswerMailAttempts, attempt + 1), ct) == 1;

    /// <summary>Records that the server accepted the answer email.</summary>
    public Task MarkAnswerMailedAsync(int questionId, DateTime now, CancellationToken ct) =>
        db.Questions.Where(q => q.Id == questionId).ExecuteUpdateAsync(s => s.SetProperty(q => q.AnswerMailedUtc, now), ct);

    /// <summary>Refused for good (5xx): no sweep tries again.</summary>
    public Task GiveUpAnswerMailAsync(int questionId, int maxAttempts, CancellationToken ct) =>
        db.Questions.Where(q => q.Id == questionId).ExecuteUpdateAsync(s => s.SetProperty(q => q.AnswerMailAttempts, maxAttempts), ct);

    /// <summary>
    /// Askers whose confirmation email is still due: asked between <paramref name="askedAfter"/> (the link's lifetime)
    /// and <paramref name="askedBefore"/> (the quick retries are over), not confirmed, never accepted, attempts left.
    /// </summary>
    public Task<List<int>> ConfirmMailsDueAsync(DateTime askedAfter, DateTime askedBefore, int maxAttempts, int take, CancellationToken ct) =>
        db.Questions.AsNoTracking()
            .Where(q => q.Email != null && q.ConfirmNonce != null && q.EmailConfirmedUtc == null && q.ConfirmMailedUtc == null
                && q.ConfirmMailAttempts < maxAttempts && q.AskedUtc > askedAfter && q.AskedUtc <= askedBefore)
            .OrderBy(q => q.Id).Select(q => q.Id).Take(take).ToListAsync(ct);

    /// <summary>Claims attempt <paramref name="attempt"/> of an asker's confirmation email; true when this caller won it and may send.</summary>
    public async Task<bool> ClaimConfirmMailAsync(int questionId, int attempt, CancellationToken ct) =>
        await db.Questions.Where(q => q.Id == questionId && q.ConfirmMailAttempts == attempt && q.ConfirmMailedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.ConfirmMailAttempts, attempt + 1), ct) == 1;

    /// <summary>Records that the server accepted the confirmation email.</summary>
    public Task MarkConfirmMailedAsync(int questionId, DateTime now, CancellationToken ct) =>
        db.Questions.Where(q => q.Id == questionId).ExecuteUpdateAsync(s => s.SetProperty(q => q.ConfirmMailedUtc, now), ct);

    /// <summary>The confirmation email was refused for good (5xx): no sweep tries again.</summary>
    public Task GiveUpConfirmMailAsync(int questionId, int maxAttempts, CancellationToken ct) =>
        db.Questions.Where(q => q.Id == questionId).ExecuteUpdateAsync(s => s.SetProperty(q => q.ConfirmMailAttempts, maxAttempts), ct);

    /// <summary>Every question since a date, for the insights' "what readers ask".</summary>
    public Task<List<QuestionRecord>> SinceAsync(DateTime sinceUtc, CancellationToken ct) =>
        db.Questions.AsNoTracking().Where(q => q.AskedUtc >= sinceUtc && q.Status != QuestionStatus.Merged).ToListAsync(ct);
}
