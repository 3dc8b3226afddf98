namespace OpinionAct.Media.Localization;

/// <summary>The public site's fact-check and expert-profile strings (<see cref="UiTextArea.Theme"/>), read through <see cref="Site.ThemeText"/>.</summary>
public sealed partial class UiText
{
    private static (string Key, string En, string Fr)[] ThemeFactCheckEntries =>
    [
        ("FactChecks", "Fact-checks", "Vérifications des faits"),
        ("FactCheckClaim", "Claim", "Affirmation"),
        ("FactCheckClaimedBy", "Made by", "Faite par"),
        ("FactCheckAppeared", "Seen at", "Vue sur"),
        ("FactCheckSource", "the original", "la source"),
        ("FactCheckRating", "Our rating", "Notre verdict"),
        ("FactCheckScale", "on a scale from 1 (false) to 5 (true)", "sur une échelle de 1 (faux) à 5 (vrai)"),
        ("FactCheckEvidence", "Evidence", "Preuves"),
        ("TopicFactChecks", "Fact-checks on this topic", "Vérifications des faits sur ce thème"),
        ("ClaimRating1", "False", "Faux"),
        ("ClaimRating2", "Mostly false", "Plutôt faux"),
        ("ClaimRating3", "Mixed", "Mitigé"),
        ("ClaimRating4", "Mostly true", "Plutôt vrai"),
        ("ClaimRating5", "True", "Vrai"),
        ("Credentials", "Credentials", "Qualifications"),
        ("Affiliation", "Affiliation", "Affiliation"),
        ("ConflictsOfInterest", "Conflicts of interest", "Liens d'intérêts"),
        ("VerifiedByEditors", "verified by the editors on", "vérifié par la rédaction le"),
    ];
}
