namespace OpinionAct.Media.Cluster;

/// <summary>When one node first showed a published title (null: never within 30 s; skipped: the node was down).</summary>
public sealed record Visibility(string Node, string Title, TimeSpan PublishedAt, TimeSpan? SeenAt, bool RedisDown, bool Skipped)
{
    public TimeSpan? Delay => SeenAt - PublishedAt;
}
