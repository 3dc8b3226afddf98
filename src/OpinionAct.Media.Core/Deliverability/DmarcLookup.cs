namespace OpinionAct.Media.Deliverability;

/// <summary>One step of the DMARC walk: a <c>_dmarc.</c> name and its TXT answer.</summary>
public sealed record DmarcLookup(string Name, TxtAnswer Answer);
