namespace OpinionAct.Media.Deliverability;

/// <summary>One key of the hub and the TXT answer at its record's name.</summary>
public sealed record DkimLookup(DkimKeyFacts Key, TxtAnswer Answer);
