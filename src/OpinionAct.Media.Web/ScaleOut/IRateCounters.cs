namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>
/// Where the throttles (signup, analytics events, sign-in failures and the token endpoint) keep their counts. Each
/// throttle owns its rules and keys; this only stores the counts: in this node's memory on a lone node, and in Redis on
/// a cluster member, so a client cannot multiply its allowance by the number of nodes (docs/scale-out.md). Keys are the
/// throttle's own, already naming the throttle and the tenant. Every answer is "go ahead" (null) or how long to wait.
/// </summary>
public interface IRateCounters
{
    /// <summary>
    /// Fixed window: takes <paramref name="permits"/> (at most the rule's limit) when the key's current window has room
    /// for them, and otherwise takes nothing and says how long until the window ends.
    /// </summary>
    ValueTask<TimeSpan?> TakeAsync(string key, RateRule rule, int permits = 1);

    /// <summary>Sliding window: null while fewer than the limit were <see cref="AddAsync">added</see> within the window, else how long until the oldest of them leaves it.</summary>
    ValueTask<TimeSpan?> WaitAsync(string key, RateRule rule);

    /// <summary>Sliding window: counts one event now (only the newest <c>limit</c> are kept).</summary>
    ValueTask AddAsync(string key, RateRule rule);

    /// <summary>Forgets every event counted under a sliding-window key.</summary>
    ValueTask ResetAsync(string key);
}
