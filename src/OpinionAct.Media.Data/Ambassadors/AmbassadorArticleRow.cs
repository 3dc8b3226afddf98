namespace OpinionAct.Media.Data.Ambassadors;

/// <summary>An article's title and path, to name the articles an ambassador shared.</summary>
public sealed record AmbassadorArticleRow(int Id, string Title, string Path);
