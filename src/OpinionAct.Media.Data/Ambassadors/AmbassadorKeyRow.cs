namespace OpinionAct.Media.Data.Ambassadors;

/// <summary>What the ingestion needs to verify a share code: the ambassador's secret and whether the link still counts.</summary>
public sealed record AmbassadorKeyRow(int Id, byte[] Secret, bool Active);
