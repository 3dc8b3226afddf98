using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Questions;

internal static class QuestionModel
{
    /// <summary>The reader questions table of a tenant database.</summary>
    public static void ConfigureQuestions(this ModelBuilder builder)
    {
        builder.Entity<QuestionRecord>(question =>
        {
            question.ToTable("Questions");
            question.Property(q => q.Text).HasMaxLength(1000);
            question.Property(q => q.Email).HasMaxLength(254);
            question.Property(q => q.ConsentText).HasMaxLength(1500);
            question.Property(q => q.ConfirmNonce).HasMaxLength(64);
            question.Property(q => q.Page).HasMaxLength(2000);
            question.Property(q => q.AnswerMarkdown).HasMaxLength(20000);
            question.Property(q => q.AnsweredBy).HasMaxLength(256);
            question.HasIndex(q => new { q.Status, q.AskedUtc });
            question.HasIndex(q => new { q.TopicId, q.Status });
            question.HasIndex(q => new { q.ExpertId, q.Status });
        });
    }
}
