namespace OpinionAct.Media.Site;

/// <summary>The UI strings email templates print (<c>site.Text.ManagePreferences</c>), in French and English.</summary>
public sealed record EmailText
{
    /// <summary>Heading of the digest ("Au sommaire").</summary>
    public required string InThisIssue { get; init; }

    public required string ReadMore { get; init; }

    /// <summary>Footer sentence before the newsletter's name.</summary>
    public required string ReceivedBecause { get; init; }

    public required string ManagePreferences { get; init; }

    /// <summary>Accessible name of the link to the hub in the header.</summary>
    public required string VisitSite { get; init; }

    public static readonly EmailText French = new()
    {
        InThisIssue = "Au sommaire",
        ReadMore = "Lire l'article",
        ReceivedBecause = "Vous recevez ce message parce que vous êtes abonné·e à la lettre",
        ManagePreferences = "Gérer mes abonnements ou me désabonner",
        VisitSite = "Visiter le site",
    };

    public static readonly EmailText English = new()
    {
        InThisIssue = "In this issue",
        ReadMore = "Read the article",
        ReceivedBecause = "You receive this email because you subscribed to",
        ManagePreferences = "Manage my subscriptions or unsubscribe",
        VisitSite = "Visit the site",
    };

    /// <summary>As <see cref="ThemeText.For"/>: English for "en", French otherwise.</summary>
    public static EmailText For(string language) => language == "en" ? English : French;
}
