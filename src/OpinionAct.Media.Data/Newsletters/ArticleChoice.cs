namespace OpinionAct.Media.Data.Newsletters;

/// <summary>A published article an editor may pick for an issue's digest.</summary>
public sealed record ArticleChoice(int Id, string Title);
