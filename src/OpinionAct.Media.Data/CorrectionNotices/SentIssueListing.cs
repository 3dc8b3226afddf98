namespace OpinionAct.Media.Data.CorrectionNotices;

/// <summary>A sent issue that listed an article: who may be told of its corrections, and how many got it.</summary>
public sealed record SentIssueListing(int Id, int NewsletterId, string Subject, string NewsletterName, DateTime? SentUtc, int Delivered);
