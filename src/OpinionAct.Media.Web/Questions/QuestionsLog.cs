namespace OpinionAct.Media.Web.Questions;

/// <summary>Reader questions' log messages (event ids 2600–2619). Never the question's text or the asker's address.</summary>
internal static partial class QuestionsLog
{
    [LoggerMessage(EventId = 2600, Level = LogLevel.Information, Message = "Question {Id} asked on {Tenant} (with address: {WithEmail})")]
    public static partial void QuestionAsked(this ILogger logger, string tenant, int id, bool withEmail);

    [LoggerMessage(EventId = 2601, Level = LogLevel.Information, Message = "Question throttled on {Tenant} ({Scope})")]
    public static partial void QuestionThrottled(this ILogger logger, string tenant, string scope);

    [LoggerMessage(EventId = 2602, Level = LogLevel.Information, Message = "Question honeypot filled on {Tenant}")]
    public static partial void QuestionHoneypot(this ILogger logger, string tenant);

    [LoggerMessage(EventId = 2604, Level = LogLevel.Information, Message = "Question {Id} on {Tenant}: {Action}")]
    public static partial void QuestionModerated(this ILogger logger, string tenant, int id, string action);

    [LoggerMessage(EventId = 2605, Level = LogLevel.Information, Message = "No newsletter sender on {Tenant}: question mail for {Id} skipped")]
    public static partial void QuestionNoSender(this ILogger logger, string tenant, int id);

    [LoggerMessage(EventId = 2606, Level = LogLevel.Error, Message = "Question email sweep failed on {Tenant}; it runs again later")]
    public static partial void QuestionSweepFailed(this ILogger logger, Exception exception, string tenant);
}
