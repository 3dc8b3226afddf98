namespace OpinionAct.Media.Localization;

/// <summary>The emails' strings (<see cref="UiTextArea.Email"/>): an email template prints <c>{{ site.Text.ManagePreferences }}</c>, read through <see cref="Site.EmailText"/>; the key is the member's name.</summary>
public sealed partial class UiText
{
    private static (string Key, string En, string Fr)[] EmailEntries =>
    [
        ("InThisIssue", "In this issue", "Au sommaire"),
        ("ReadMore", "Read the article", "Lire l'article"),
        ("ReceivedBecause", "You receive this email because you subscribed to", "Vous recevez ce message parce que vous êtes abonné·e à la lettre"),
        ("ManagePreferences", "Manage my subscriptions or unsubscribe", "Gérer mes abonnements ou me désabonner"),
        ("VisitSite", "Visit the site", "Visiter le site"),
    ];
}
