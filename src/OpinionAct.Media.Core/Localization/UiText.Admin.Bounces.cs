namespace OpinionAct.Media.Localization;

/// <summary>The bounce section of the mail settings page (<see cref="UiTextArea.Admin"/>): return path, VERP, bounce mailbox.</summary>
public sealed partial class UiText
{
    private static (string Key, string En, string Fr)[] AdminBounceEntries =>
    [
        ("bounces.title", "Bounces from a mailbox", "Rebonds reçus dans une boîte aux lettres"),
        ("bounces.hint", "Bounce reports (DSN) and complaint reports (ARF) that arrive in a mailbox are read every few minutes: a hard bounce or a complaint suppresses the address at once, three soft bounces too.", "Les avis de non-remise (DSN) et les signalements de plainte (ARF) reçus dans une boîte aux lettres sont lus toutes les quelques minutes : un rebond définitif ou une plainte suspend l'adresse aussitôt, trois rebonds temporaires aussi."),
        ("bounces.return_path", "Return path", "Adresse de retour"),
        ("field.ReturnPath", "Bounce address", "Adresse des rebonds"),
        ("bounces.return_path_hint", "The envelope sender of every message (SMTP MAIL FROM), where bounces are sent. Empty: the newsletter's sender address.", "L'expéditeur d'enveloppe de chaque message (SMTP MAIL FROM), où arrivent les rebonds. Vide : l'adresse d'expédition de la lettre."),
        ("field.Verp", "VERP: one return address per recipient (bounces+token@…)", "VERP : une adresse de retour par destinataire (bounces+jeton@…)"),
        ("bounces.verp_hint", "Each issue message then goes out from bounces+TOKEN@your-domain, the token naming the subscriber and the issue (signed: it cannot be forged). Your mail server must deliver bounces+anything@ to the bounce mailbox (Postfix: recipient_delimiter = +). Confirmation emails use the plain address.", "Chaque message d'une lettre part alors de bounces+JETON@votre-domaine, le jeton désignant l'abonné et la lettre (signé : impossible à contrefaire). Votre serveur de courrier doit remettre bounces+n'importe-quoi@ à la boîte des rebonds (Postfix : recipient_delimiter = +). Les courriels de confirmation utilisent l'adresse simple."),
        ("bounces.mailbox", "Bounce mailbox (IMAP)", "Boîte des rebonds (IMAP)"),
        ("bounces.mailbox_hint", "Leave the host empty to read no mailbox. Processed mail is moved to the chosen folder (created if missing) or deleted.", "Laissez l'hôte vide pour ne lire aucune boîte. Le courrier traité est déplacé dans le dossier choisi (créé s'il manque) ou supprimé."),
        ("field.ImapHost", "IMAP host", "Hôte IMAP"),
        ("field.ImapPort", "Port", "Port"),
        ("field.ImapTlsMode", "Encryption", "Chiffrement"),
        ("field.ImapUserName", "User name", "Identifiant"),
        ("field.ImapPassword", "Password", "Mot de passe"),
        ("field.ImapFolder", "Folder to read", "Dossier à lire"),
        ("field.AfterProcessing", "After processing", "Après traitement"),
        ("field.ProcessedFolder", "Folder for processed mail", "Dossier du courrier traité"),
        ("bounces.after_move", "Move to the folder", "Déplacer dans le dossier"),
        ("bounces.after_delete", "Delete", "Supprimer"),
        ("bounces.save", "Save the bounce settings", "Enregistrer les réglages des rebonds"),
        ("bounces.last_pass", "Last reading of the mailbox", "Dernière lecture de la boîte"),
        ("bounces.never", "Not read yet.", "Pas encore lue."),
        ("bounces.last_pass_at", "Read on {0}.", "Lue le {0}."),
        ("bounces.fetched", "Messages read", "Messages lus"),
        ("bounces.hard", "Hard bounces", "Rebonds définitifs"),
        ("bounces.soft", "Soft bounces", "Rebonds temporaires"),
        ("bounces.complaints", "Complaints", "Plaintes"),
        ("bounces.unmatched", "About nobody on the list", "Sans abonné correspondant"),
        ("bounces.ignored", "Ignored (auto-replies, delays)", "Ignorés (réponses automatiques, retards)"),
        ("bounces.refused", "Refused (VERP token not ours)", "Refusés (jeton VERP étranger)"),
        ("bounces.malformed", "Unreadable reports", "Rapports illisibles"),
        ("bounces.error", "Error:", "Erreur :"),
        ("validation.verp_local_part", "is not usable with VERP: its part before the @ must have at most {0} characters and no '+'.", "n'est pas utilisable avec VERP : la partie avant le @ doit compter au plus {0} caractères et aucun « + »."),
        ("validation.verp_needs_address", "is required for VERP (the tokens are added to it).", "est obligatoire pour VERP (les jetons y sont ajoutés)."),
        ("validation.processed_folder", "must differ from the folder bounces arrive in.", "doit être différent du dossier où arrivent les rebonds."),
        ("validation.bounce_connect", "Could not connect to the bounce mailbox at {0} ({1}); check the host and port, and that the server is up. The next pass tries again.", "Connexion impossible à la boîte des rebonds {0} ({1}) ; vérifiez l'hôte et le port, et que le serveur fonctionne. Le prochain passage réessaiera."),
        ("validation.bounce_auth", "The bounce mailbox at {0} refused the user name or password.", "La boîte des rebonds {0} a refusé l'identifiant ou le mot de passe."),
        ("validation.bounce_tls", "The TLS handshake with the bounce mailbox at {0} failed; check the encryption setting and the server's certificate.", "La négociation TLS avec la boîte des rebonds {0} a échoué ; vérifiez le chiffrement choisi et le certificat du serveur."),
        ("validation.bounce_folder", "The bounce mailbox at {0} has no folder '{1}'.", "La boîte des rebonds {0} n'a pas de dossier « {1} »."),
        ("validation.bounce_connection", "The connection to the bounce mailbox at {0} failed: {1}. The next pass tries again.", "La connexion à la boîte des rebonds {0} a échoué : {1}. Le prochain passage réessaiera."),
    ];
}
