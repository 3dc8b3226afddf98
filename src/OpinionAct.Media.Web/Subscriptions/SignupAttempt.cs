namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>What the caller may tell the requester: throttled (with a wait), refused (one sentence), or accepted (neither set).</summary>
public sealed record SignupAttempt(TimeSpan? RetryAfter = null, string? Error = null)
{
    public static readonly SignupAttempt Accepted = new();
}
