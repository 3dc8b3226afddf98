namespace OpinionAct.Media.Webhooks;

/// <summary>
/// When a failed delivery is tried again: base × 2^(attempt−1), capped, with "equal jitter" (half fixed, half
/// random) so that many hooks failing together do not all come back at the same second.
/// </summary>
public static class WebhookBackoff
{
    /// <param name="attempt">The attempt that just failed, from 1.</param>
    /// <param name="random">A value in [0, 1).</param>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var full = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((full / 2) + (full / 2 * Math.Clamp(random, 0, 1)));
    }
}
