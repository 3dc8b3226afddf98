namespace OpinionAct.Media.Questions;

/// <summary>Audit actions of the moderation queue.</summary>
public static class QuestionActions
{
    public const string Approved = "question.approved";
    public const string Rejected = "question.rejected";
    public const string Assigned = "question.assigned";
    public const string Merged = "question.merged";
    public const string Answered = "question.answered";

    /// <summary>Listed in <see cref="Audit.AuditActions.All"/>, which the audit trail checks every entry against.</summary>
    public static readonly IReadOnlyList<string> All = [Approved, Rejected, Assigned, Merged, Answered];
}
