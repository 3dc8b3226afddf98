namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>
/// What the editor is told when their save was refused because the article moved on: from which revision they
/// started, which one it is at now, and who made it when (null for the system: a recipe or the scheduler).
/// </summary>
public sealed record ArticleConflict(int BaseRevision, int CurrentRevision, string? By, DateTime AtUtc);
