namespace OpinionAct.Media.Localization;

/// <summary>The article editor's fact-check rows and their validation messages (<see cref="UiTextArea.Admin"/>).</summary>
public sealed partial class UiText
{
    private static (string Key, string En, string Fr)[] AdminFactCheckEntries =>
    [
        ("field.ClaimReviews", "Fact-checks", "Vérifications des faits"),
        ("hint.claim_reviews", "A claim made elsewhere that this article checks: who made it, where, your rating and the evidence. Each is published with the article and as a ClaimReview for search engines.", "Une affirmation faite ailleurs que cet article vérifie : qui l'a faite, où, votre verdict et les preuves. Chacune paraît avec l'article et comme ClaimReview pour les moteurs de recherche."),
        ("field.ClaimReviews.row", "Fact-check", "Vérification"),
        ("field.ClaimReviews.Claim", "Claim, as it was made", "Affirmation, telle qu'elle a été faite"),
        ("field.ClaimReviews.ClaimantName", "Made by (person or organisation)", "Faite par (personne ou organisation)"),
        ("field.ClaimReviews.ClaimantUrl", "Their page (URL)", "Sa page (URL)"),
        ("field.ClaimReviews.AppearanceUrl", "Where it appeared (URL)", "Où elle est parue (URL)"),
        ("field.ClaimReviews.AppearanceDate", "When it appeared", "Date de parution"),
        ("field.ClaimReviews.Rating", "Rating", "Verdict"),
        ("field.ClaimReviews.Evidence", "Evidence", "Preuves"),
        ("hint.claim_rating", "The scale: 1 false, 2 mostly false, 3 mixed, 4 mostly true, 5 true.", "L'échelle : 1 faux, 2 plutôt faux, 3 mitigé, 4 plutôt vrai, 5 vrai."),
        ("hint.claim_evidence", "One source a line: its title, a vertical bar, then its http(s) link, e.g. “INSEE report | https://www.insee.fr/…”.", "Une source par ligne : son titre, une barre verticale, puis son lien http(s), par ex. « Rapport de l'Insee | https://www.insee.fr/… »."),
        ("rows.add_claim_review", "Add a fact-check", "Ajouter une vérification"),
        ("rows.remove_claim_review", "Remove this fact-check", "Retirer cette vérification"),
        ("claim.rating.none", "Choose a rating", "Choisir un verdict"),
        ("claim.rating.option", "{0} — {1}", "{0} — {1}"),
        ("claim.rating.1", "False", "Faux"),
        ("claim.rating.2", "Mostly false", "Plutôt faux"),
        ("claim.rating.3", "Mixed", "Mitigé"),
        ("claim.rating.4", "Mostly true", "Plutôt vrai"),
        ("claim.rating.5", "True", "Vrai"),

        ("field.Affiliation", "Affiliation", "Affiliation"),
        ("field.ConflictsOfInterest", "Conflicts of interest", "Liens d'intérêts"),
        ("field.Verified", "Verified by the editors", "Vérifié par la rédaction"),
        ("hint.expert_affiliation", "The organisation(s) the expert works for, as readers should know it.", "Le ou les organismes pour lesquels l'expert travaille, tels que les lecteurs doivent les connaître."),
        ("hint.expert_conflicts", "Interests a reader should know of (funding, board seats, shares). Leave empty if none is declared.", "Les intérêts qu'un lecteur doit connaître (financements, mandats, participations). Laisser vide si aucun n'est déclaré."),
        ("expert.verified_legend", "Verified by the editors", "Vérifié par la rédaction"),
        ("hint.expert_verified", "Tick a field once you have checked its saved value; the mark shows on the public page. Changing a verified field removes its mark.", "Cochez un champ une fois sa valeur enregistrée vérifiée ; la mention paraît sur la page publique. Modifier un champ vérifié retire sa mention."),
        ("expert.verify_field", "{0}: verified", "{0} : vérifié"),
        ("expert.verified_by", "Verified by {0} on {1}.", "Vérifié par {0} le {1}."),

        ("validation.claim_rating", "must be a whole number from 1 (false) to 5 (true); {0} is not on the scale.", "doit être un nombre entier de 1 (faux) à 5 (vrai) ; {0} n'est pas sur l'échelle."),
        ("validation.claim_reviews_max", "has {0} fact-checks; at most {1} per article.", "compte {0} vérifications ; {1} au plus par article."),
        ("validation.evidence_max", "lists {0} sources; at most {1}.", "compte {0} sources ; {1} au plus."),
        ("validation.evidence_line", "Evidence line {0} needs a title and a link, as \"Title | https://...\".", "La ligne {0} des preuves demande un titre et un lien, ainsi : « Titre | https://... »."),
        ("validation.evidence_url", "Evidence line {0}: '{1}' must be an absolute http or https URL.", "Ligne {0} des preuves : « {1} » doit être une adresse http ou https complète."),
        ("validation.evidence_long", "Evidence line {0} is too long or contains control characters.", "La ligne {0} des preuves est trop longue ou contient des caractères de contrôle."),
    ];
}
