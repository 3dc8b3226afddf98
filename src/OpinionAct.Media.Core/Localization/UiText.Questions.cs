namespace OpinionAct.Media.Localization;

/// <summary>Reader questions on the public site and in their emails (<see cref="UiTextArea.Theme"/>, read through <see cref="Site.ThemeText"/>).</summary>
public sealed partial class UiText
{
    private static (string Key, string En, string Fr)[] ThemeQuestionEntries =>
    [
        ("AskTitle", "Ask our experts", "Posez votre question à nos experts"),
        ("AskIntro", "Our experts answer readers' questions here. No links or HTML: plain text only.", "Nos experts répondent ici aux questions des lecteurs. Ni liens ni HTML : du texte seulement."),
        ("AskQuestionLabel", "Your question", "Votre question"),
        ("AskEmailLabel", "Your email, to be told of the answer (optional)", "Votre adresse, pour être prévenu·e de la réponse (facultatif)"),
        ("AskConsent", "If you give your address, we email you once to confirm it, then once when your question is answered, and never for anything else.", "Si vous donnez votre adresse, nous vous écrivons une fois pour la confirmer, puis une fois quand votre question a sa réponse, et jamais pour autre chose."),
        ("AskButton", "Send my question", "Envoyer ma question"),
        ("AskDone", "Thank you: your question has reached our editors. If you gave your address, confirm it with the link we have just emailed you.", "Merci : votre question est parvenue à la rédaction. Si vous avez donné votre adresse, confirmez-la avec le lien que nous venons de vous envoyer."),
        ("AskInvalid", "Your question could not be sent.", "Votre question n'a pas pu être envoyée."),
        ("AskResubmit", "Check your question, then send it once more.", "Vérifiez votre question, puis envoyez-la encore une fois."),
        ("AskTooMany", "Too many questions from here: try again later.", "Trop de questions depuis cet endroit : réessayez plus tard."),
        ("QuestionsTitle", "Readers' questions", "Les questions des lecteurs"),
        ("QuestionConfirmSubject", "Confirm your address to be told of the answer ({0})", "Confirmez votre adresse pour être prévenu·e de la réponse ({0})"),
        ("QuestionConfirmIntro", "You asked our experts a question. To be told of the answer, confirm your address:", "Vous avez posé une question à nos experts. Pour être prévenu·e de la réponse, confirmez votre adresse :"),
        ("QuestionConfirmed", "Your address is confirmed: we will email you once, when your question is answered.", "Votre adresse est confirmée : nous vous écrirons une fois, quand votre question aura sa réponse."),
        ("QuestionAnsweredSubject", "Our experts answered your question ({0})", "Nos experts ont répondu à votre question ({0})"),
        ("QuestionAnsweredIntro", "Your question has been answered. Read the answer:", "Votre question a reçu une réponse. Lisez-la :"),
    ];
}
