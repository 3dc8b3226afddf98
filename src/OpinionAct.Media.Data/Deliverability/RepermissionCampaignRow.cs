namespace OpinionAct.Media.Data.Deliverability;

/// <summary>A campaign as the admin lists it: the record, its newsletter's name, and how many confirmed so far.</summary>
public sealed record RepermissionCampaignRow(RepermissionCampaignRecord Campaign, string Newsletter, int ConfirmedSoFar, int MailedSoFar);
