namespace OpinionAct.Media.Data.Ambassadors;

/// <summary>
/// One ambassador's figures over a period (or one article's, with <see cref="ArticleId"/>): reach (page views and the
/// sum of daily unique visitors), engaged reading (seconds and views read to 75 %), shares, and sign-ups.
/// </summary>
public sealed record AmbassadorFigures(
    int AmbassadorId,
    int ArticleId,
    long Views,
    long Visitors,
    long EngagedSeconds,
    long Completions,
    long Shares,
    long SignupsAccepted,
    long SignupsConfirmed)
{
    public static AmbassadorFigures None(int ambassadorId) => new(ambassadorId, 0, 0, 0, 0, 0, 0, 0, 0);
}
