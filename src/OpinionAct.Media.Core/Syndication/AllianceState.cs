namespace OpinionAct.Media.Syndication;

/// <summary>Where an alliance between two hubs stands: one Admin proposed it, the other's accepted it, either ended it.</summary>
public enum AllianceState
{
    Proposed = 0,
    Active = 1,
    Ended = 2,
}
