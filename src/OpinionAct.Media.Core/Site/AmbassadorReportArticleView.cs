namespace OpinionAct.Media.Site;

/// <summary>An article the ambassador's link brought readers to in the month, with its figures already formatted.</summary>
public sealed record AmbassadorReportArticleView(string Title, string Url, string Figures);
