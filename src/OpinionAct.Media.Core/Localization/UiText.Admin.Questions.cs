namespace OpinionAct.Media.Localization;

/// <summary>The reader questions' moderation queue in admin (<see cref="UiTextArea.Admin"/>).</summary>
public sealed partial class UiText
{
    private static (string Key, string En, string Fr)[] AdminQuestionEntries =>
    [
        ("nav.questions", "Questions", "Questions"),
        ("questions.title", "Reader questions", "Questions des lecteurs"),
        ("questions.hint", "Questions readers asked on article, topic and expert pages. Approve, assign to an expert, answer (Markdown) or reject; merge a duplicate into the question that answers it. Answers appear on the topic and expert pages.", "Les questions posées par les lecteurs sur les pages d'article, de thème et d'expert. Validez, confiez à un expert, répondez (Markdown) ou refusez ; fusionnez un doublon dans la question qui y répond. Les réponses paraissent sur les pages de thème et d'expert."),
        ("questions.filter", "Show", "Afficher"),
        ("questions.all", "All", "Toutes"),
        ("questions.status.New", "New", "Nouvelle"),
        ("questions.status.Approved", "Approved", "Validée"),
        ("questions.status.Answered", "Answered", "Répondue"),
        ("questions.status.Rejected", "Rejected", "Refusée"),
        ("questions.status.Merged", "Merged", "Fusionnée"),
        ("questions.none", "No question here.", "Aucune question ici."),
        ("questions.asked", "Asked on {0}", "Posée le {0}"),
        ("questions.approve", "Approve", "Valider"),
        ("questions.reject", "Reject", "Refuser"),
        ("questions.assign", "Assign", "Confier"),
        ("questions.expert", "Expert", "Expert"),
        ("questions.nobody", "Nobody", "Personne"),
        ("questions.merge", "Merge into question no.", "Fusionner dans la question n°"),
        ("questions.answer", "Answer (Markdown)", "Réponse (Markdown)"),
        ("questions.publish", "Publish the answer", "Publier la réponse"),
        ("questions.done", "Done.", "C'est fait."),
        ("questions.with_email", "The asker will be emailed once, if they confirmed their address.", "La personne sera prévenue une fois par courriel, si elle a confirmé son adresse."),
        ("asks.title", "What readers ask", "Ce que demandent les lecteurs"),
        ("asks.hint", "Over the last {0} days: the questions readers asked per topic, beside what they searched for and the searches that found nothing.", "Sur les {0} derniers jours : les questions posées par thème, à côté de ce que les lecteurs ont cherché et des recherches restées sans résultat."),
        ("asks.days", "Days", "Jours"),
        ("asks.show", "Show", "Afficher"),
        ("asks.questions", "Questions per topic", "Questions par thème"),
        ("asks.topic", "Topic", "Thème"),
        ("asks.asked", "Asked", "Posées"),
        ("asks.answered", "Answered", "Répondues"),
        ("asks.unanswered", "Unanswered", "Sans réponse"),
        ("asks.median", "Median time to answer", "Délai médian de réponse"),
        ("asks.no_topic", "No topic", "Sans thème"),
        ("asks.none", "No question over this period.", "Aucune question sur cette période."),
        ("asks.searches", "Most searched", "Les plus cherchés"),
        ("asks.zero", "Searches with no result", "Recherches sans résultat"),
        ("asks.query", "Query", "Requête"),
        ("asks.count", "Searches", "Recherches"),
        ("asks.no_search", "No search over this period.", "Aucune recherche sur cette période."),
        ("asks.hours", "{0} h", "{0} h"),
    ];
}
