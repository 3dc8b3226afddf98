using OpinionAct.Media.Data.Content;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>Topics as choices ("Parent › Child", sorted by that label), for the article form, the list filter and the topic pages.</summary>
internal static class TopicOptions
{
    /// <summary>Each topic's slug and its path of names from the root; a cycle in the parents stops the walk.</summary>
    public static IReadOnlyList<(string Value, string Label)> Of(IReadOnlyList<TopicRecord> topics)
    {
        var byId = topics.ToDictionary(t => t.Id);
        return topics.Select(topic =>
        {
            var names = new List<string> { topic.Name };
            var seen = new HashSet<int> { topic.Id };
            for (var parent = topic.ParentId; parent is { } id && byId.TryGetValue(id, out var p) && seen.Add(id); parent = p.ParentId)
            {
                names.Insert(0, p.Name);
            }

            return (topic.Slug, string.Join(" › ", names));
        }).OrderBy(o => o.Item2, StringComparer.CurrentCulture).ToList();
    }
}
