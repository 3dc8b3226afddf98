using OpinionAct.Media.Data.Content;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>A topic as the Admin API answers it.</summary>
public sealed record TopicResource(int Id, string Slug, string Name, string? Description, string? Parent, string? Image, int Position)
{
    public static TopicResource From(TopicRecord topic, IEnumerable<TopicRecord> all) =>
        new(topic.Id, topic.Slug, topic.Name, topic.Description, all.FirstOrDefault(p => p.Id == topic.ParentId)?.Slug, topic.Image, topic.Position);
}
