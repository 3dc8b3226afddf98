namespace OpinionAct.Media.Data.Portability;

/// <summary>
/// A correction notice as an export carries it: which correction of which article was told to the readers of which
/// issue, and when; never who those readers were (subscribers and deliveries stay with the hub).
/// </summary>
public sealed record ExportedCorrectionNotice(
    string ArticlePath,
    string CorrectionKey,
    string NewsletterSlug,
    string IssueSubject,
    DateTime IssueSentUtc,
    DateTime NotifiedUtc,
    int Readers);
