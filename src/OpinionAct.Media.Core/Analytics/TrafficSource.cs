namespace OpinionAct.Media.Analytics;

/// <summary>Where a reader came from; stored as the number, so never renumber.</summary>
public enum TrafficSource
{
    Direct = 0,
    SearchEngine = 1,
    Social = 2,
    Newsletter = 3,
    OtherSite = 4,
    Campaign = 5,

    /// <summary>From another page of the same hub (navigation inside the site).</summary>
    Internal = 6,
}
