namespace OpinionAct.Media.Analytics;

/// <summary>The wire names of <see cref="EventType"/> (the allow-list of the ingestion API).</summary>
public static class EventTypes
{
    private static readonly Dictionary<string, EventType> ByName = new(StringComparer.Ordinal)
    {
        ["pageview"] = EventType.PageView,
        ["engagement"] = EventType.Engagement,
        ["outbound"] = EventType.Outbound,
        ["search"] = EventType.Search,
        ["search_click"] = EventType.SearchClick,
        ["subscribe"] = EventType.Subscribe,
        ["share"] = EventType.Share,
    };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryParse(string? name, out EventType type) => ByName.TryGetValue(name ?? string.Empty, out type);
}
