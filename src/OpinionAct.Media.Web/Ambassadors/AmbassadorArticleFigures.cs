using OpinionAct.Media.Data.Ambassadors;

namespace OpinionAct.Media.Web.Ambassadors;

/// <summary>What one ambassador's link brought to one article (or to pages that are not articles: <see cref="Title"/> null).</summary>
public sealed record AmbassadorArticleFigures(AmbassadorFigures Figures, string? Title, string? Path);
