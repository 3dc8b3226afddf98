namespace OpinionAct.Media.Localization;

/// <summary>The admin's account strings (<see cref="UiTextArea.Admin"/>): audit log, invitations, password reset, two-factor sign-in, sessions, and the emails they send.</summary>
public sealed partial class UiText
{
    private static (string Key, string En, string Fr)[] AdminAccountsEntries =>
    [
        ("nav.audit", "Audit log", "Journal d'audit"),
        ("nav.account", "My account", "Mon compte"),
        ("audit.action", "Action", "Action"),
        ("audit.actor", "Who", "Qui"),
        ("audit.from", "From", "Du"),
        ("audit.to", "To", "Au"),
        ("audit.target", "Target", "Cible"),
        ("audit.detail", "Detail", "Détail"),
        ("audit.ip", "IP address", "Adresse IP"),
        ("audit.count", "{0} entries.", "{0} entrées."),
        ("audit.export", "Export as CSV", "Exporter en CSV"),
        ("audit.empty", "No entry matches.", "Aucune entrée ne correspond."),
        ("audit.kind.Integration", "integration", "intégration"),
        ("audit.kind.System", "platform", "plateforme"),
        ("audit.kind.Support", "agency support", "support de l'agence"),
        ("audit.kind.User", "account", "compte"),

        // Invitations (People page, the accepting page, and the email: {0} inviter, {1} site, {2} role).
        ("people.invite", "Invite someone", "Inviter quelqu'un"),
        ("people.invite_hint", "They receive a link by email that works once, for 7 days. Inviting the same address again replaces the link.", "La personne reçoit par email un lien valable une fois, pendant 7 jours. Inviter de nouveau la même adresse remplace le lien."),
        ("people.invite_submit", "Send the invitation", "Envoyer l'invitation"),
        ("people.role", "Role", "Rôle"),
        ("people.pending", "Pending invitations", "Invitations en attente"),
        ("people.invited_by", "Invited by", "Invitée par"),
        ("people.expires", "Expires", "Expire le"),
        ("people.expired", "expired", "expirée"),
        ("done.invited", "Invitation sent.", "Invitation envoyée."),
        ("error.invite_mail", "The invitation could not be sent: the mail server refused it or could not be reached. Try again later.", "L'invitation n'a pas pu être envoyée : le serveur de messagerie l'a refusée ou ne répond pas. Réessayez plus tard."),
        ("error.confirm", "The two passwords differ.", "Les deux mots de passe diffèrent."),
        ("field.DisplayName", "Your name", "Votre nom"),
        ("field.Password", "Password", "Mot de passe"),
        ("field.Confirm", "Password again", "Mot de passe, à nouveau"),
        ("password.hint", "At least 12 characters; a sentence is easier to remember.", "Au moins 12 caractères ; une phrase se retient mieux."),
        ("invite.title", "Join {0}", "Rejoindre {0}"),
        ("invite.intro", "This invitation is for {0}, with the role {1}. Choose your name and a password.", "Cette invitation est pour {0}, avec le rôle {1}. Choisissez votre nom et un mot de passe."),
        ("invite.submit", "Create my account", "Créer mon compte"),
        ("invite.unknown.title", "This invitation link does not work", "Ce lien d'invitation ne fonctionne pas"),
        ("invite.unknown.text", "It is incomplete, was altered, or a newer invitation replaced it. Ask the site's Admin to invite you again.", "Il est incomplet, a été modifié, ou une invitation plus récente l'a remplacé. Demandez à l'administrateur du site de vous inviter de nouveau."),
        ("invite.expired.title", "This invitation has expired", "Cette invitation a expiré"),
        ("invite.expired.text", "Invitation links work for 7 days. Ask the site's Admin to invite you again.", "Les liens d'invitation fonctionnent 7 jours. Demandez à l'administrateur du site de vous inviter de nouveau."),
        ("invite.used.title", "This invitation was already used", "Cette invitation a déjà servi"),
        ("invite.used.text", "The account exists: sign in with its password, or use \"Forgot your password?\" on the sign-in page.", "Le compte existe : connectez-vous avec son mot de passe, ou utilisez « Mot de passe oublié ? » sur la page de connexion."),
        ("mail.invite.subject", "Invitation to {0}", "Invitation sur {0}"),
        ("mail.invite.intro", "{0} invites you to {1} with the role {2}. Choose your name and password here:", "{0} vous invite sur {1} avec le rôle {2}. Choisissez votre nom et votre mot de passe ici :"),
        ("mail.invite.validity", "This link works once, for {0} days.", "Ce lien fonctionne une seule fois, pendant {0} jours."),
        ("mail.invite.ignore", "If you did not expect this invitation, ignore this email.", "Si vous n'attendiez pas cette invitation, ignorez ce message."),
        ("mail.invite.button", "Accept the invitation", "Accepter l'invitation"),
    ];
}
