namespace OpinionAct.Media.Analytics;

/// <summary>What the tracker reports; stored as the number, so never renumber.</summary>
public enum EventType
{
    PageView = 1,
    Engagement = 2,
    Outbound = 3,
    Search = 4,
    SearchClick = 5,
    Subscribe = 6,
    Share = 7,
}
