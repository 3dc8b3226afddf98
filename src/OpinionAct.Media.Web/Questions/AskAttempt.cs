namespace OpinionAct.Media.Web.Questions;

/// <summary>What asking did: accepted (also when the honeypot caught a bot), refused with a sentence, or throttled.</summary>
public sealed record AskAttempt(string? Error = null, TimeSpan? RetryAfter = null)
{
    public static readonly AskAttempt Accepted = new();
}
