namespace OpinionAct.Media.Localization;

/// <summary>
/// Correction notices: the public log's "readers notified" and the notice email (<see cref="UiTextArea.Theme"/>), the
/// article page's notice panel and its refusals (<see cref="UiTextArea.Admin"/>).
/// </summary>
public sealed partial class UiText
{
    private static (string Key, string En, string Fr)[] ThemeNoticeEntries =>
    [
        ("CorrectionNotified", "readers notified on", "lecteurs prévenus le"),
        ("NoticeSubject", "Correction: {0}", "Correction : {0}"),
        ("NoticeIntro", "On {0} you received “{1}”, which presented the article “{2}”. We have corrected it since:", "Le {0}, vous avez reçu « {1} », qui présentait l'article « {2} ». Nous l'avons corrigé depuis :"),
        ("NoticeOutro", "The correction is shown in the article's corrections log. We tell you because you received the article from us.", "La correction figure dans le journal des corrections de l'article. Nous vous prévenons parce que vous avez reçu cet article de notre part."),
    ];

    private static (string Key, string En, string Fr)[] AdminNoticeEntries =>
    [
        ("notices.title", "Tell readers of a correction", "Prévenir les lecteurs d'une correction"),
        ("notices.hint", "This article went out in a newsletter issue. Each reader who received that issue can be told of a correction once, by a short email from the same newsletter (readers who unsubscribed or whose address bounces are left out).", "Cet article est parti dans un numéro de lettre d'information. Chaque lecteur qui a reçu ce numéro peut être prévenu d'une correction, une seule fois, par un court message de la même lettre (sauf les lecteurs désabonnés ou dont l'adresse ne reçoit plus)."),
        ("notices.issue", "Issue “{0}” of {1}, sent {2} to {3} reader(s).", "Numéro « {0} » de {1}, envoyé le {2} à {3} lecteur(s)."),
        ("notices.send", "Notify the {0} reader(s) of this issue", "Prévenir les {0} lecteur(s) de ce numéro"),
        ("notices.done", "Readers notified on {0} ({1} message(s)).", "Lecteurs prévenus le {0} ({1} message(s))."),
        ("notices.sent", "The notice is being sent to {0} reader(s).", "La notice part vers {0} lecteur(s)."),
        ("notices.ask_editor", "An editor can notify the readers of this issue.", "Un éditeur peut prévenir les lecteurs de ce numéro."),
        ("notices.refused_title", "Notice not sent", "Notice non envoyée"),
        ("notices.back", "Back to the article", "Retour à l'article"),
        ("validation.notice_no_correction", "This correction is not in the article's log (it may have been edited since): reload the article and pick it again.", "Cette correction n'est pas dans le journal de l'article (elle a peut-être été modifiée) : rechargez l'article et choisissez-la de nouveau."),
        ("validation.notice_never_sent", "This issue was never sent, so nobody received it: pick an issue that was sent with the article.", "Ce numéro n'a jamais été envoyé, personne ne l'a donc reçu : choisissez un numéro envoyé avec l'article."),
        ("validation.notice_not_listed", "This issue did not list the article: pick an issue that was sent with it.", "Ce numéro ne présentait pas l'article : choisissez un numéro envoyé avec lui."),
        ("validation.notice_twice_on", "The readers of this issue were already told of this correction ({0}); nothing was sent again.", "Les lecteurs de ce numéro ont déjà été prévenus de cette correction ({0}) ; rien n'a été renvoyé."),
        ("validation.notice_twice", "The readers of this issue were already told of this correction; nothing was sent again.", "Les lecteurs de ce numéro ont déjà été prévenus de cette correction ; rien n'a été renvoyé."),
        ("validation.notice_nobody", "Nobody is left to tell: every reader of this issue was already told of this correction, unsubscribed, or can no longer be mailed.", "Plus personne à prévenir : chaque lecteur de ce numéro a déjà été prévenu de cette correction, s'est désabonné ou ne peut plus recevoir de courriel."),
    ];
}
