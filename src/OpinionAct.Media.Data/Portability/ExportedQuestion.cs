namespace OpinionAct.Media.Data.Portability;

/// <summary>
/// What an export keeps of a reader question: only a published one (answered), as the public sees it. The asker's
/// address and consent, and the moderation queue, are personal or internal and stay with the hub.
/// </summary>
public sealed record ExportedQuestion(
    string Text,
    string Answer,
    string? AnsweredBy,
    DateTime AskedUtc,
    DateTime AnsweredUtc,
    string? Topic,
    string? Expert,
    string? AssignedExpert);
