namespace OpinionAct.Media.Data.Ambassadors;

/// <summary>
/// What arrived through one ambassador's links, per day × ambassador × article (0: a page that is not an article).
/// The roll-up adds the page figures from raw events (which are purged after the retention period like any other);
/// the signup and the confirmation add the sign-ups in their own transactions. Counts only, never people.
/// </summary>
public sealed class AmbassadorDailyRecord
{
    public DateOnly Day { get; set; }

    public int AmbassadorId { get; set; }

    public int ArticleId { get; set; }

    public long Views { get; set; }

    public long EngagedSeconds { get; set; }

    /// <summary>Page views read to 75 % or more.</summary>
    public long Completions { get; set; }

    public long Shares { get; set; }

    /// <summary>Sign-ups the server accepted from a form on a page reached through the link.</summary>
    public long SignupsAccepted { get; set; }

    /// <summary>Of those, the confirmed ones (counted on the day of the sign-up).</summary>
    public long SignupsConfirmed { get; set; }
}
