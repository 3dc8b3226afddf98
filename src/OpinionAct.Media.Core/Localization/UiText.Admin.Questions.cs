namespace OpinionAct.Media.Localization;

/// <summary>The reader questions' moderation queue in admin (<see cref="UiTextArea.Admin"/>).</summary>
public sealed partial class UiText
{
    private static (string Key, string En, string Fr)[] AdminQuestionEntries =>
    [
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
    ];
}
