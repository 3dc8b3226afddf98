namespace OpinionAct.Media.Content;

/// <summary>
/// The stated scale of fact-checks, the same on every hub so readers learn it once:
/// 1 false, 2 mostly false, 3 mixed, 4 mostly true, 5 true. Its labels are UI strings
/// (<c>ClaimRating1</c>… in the theme's, <c>claim.rating.1</c>… in the admin's).
/// </summary>
public static class ClaimRating
{
    public const int Worst = 1;

    public const int Best = 5;

    public static bool IsValid(int rating) => rating is >= Worst and <= Best;

    public static IEnumerable<int> Values => Enumerable.Range(Worst, Best - Worst + 1);
}
