namespace OpinionAct.Media.Data.Analytics;

/// <summary>What a daily-unique count is about; stored as the number.</summary>
public enum VisitorScope
{
    Site = 0,
    Article = 1,
    Topic = 2,
    Expert = 3,
    Source = 4,

    /// <summary>Readers who came through one ambassador's link (id: the ambassador).</summary>
    Ambassador = 5,
}
