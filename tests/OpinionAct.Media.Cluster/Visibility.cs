namespace OpinionAct.Media.Cluster;

/// <summary>
/// When one node first showed a published title (null: never within 30 s; skipped: the node was down or starting;
/// warming: it had answered ready less than <see cref="Workload.WarmUp"/> before the change).
/// </summary>
public sealed record Visibility(string Node, string Title, TimeSpan PublishedAt, TimeSpan? SeenAt, bool RedisDown, bool Skipped, bool Warming = false)
{
    public TimeSpan? Delay => SeenAt - PublishedAt;
}
