namespace OpinionAct.Media.Localization;

/// <summary>The console's page of a hub's people (<see cref="UiTextArea.Console"/>): accounts, roles, disabling, invitations.</summary>
public sealed partial class UiText
{
    private static (string Key, string En, string Fr)[] ConsolePeopleEntries =>
    [
        ("people.page", "People of {0}", "Personnes de {0}"),
        ("people.title", "People of {0} ({1})", "Personnes de {0} ({1})"),
        ("people.hint", "The accounts that sign in to this hub's admin. A disabled account keeps its role and its history, but cannot sign in; its open sessions end at once.", "Les comptes qui se connectent à l'admin de ce hub. Un compte désactivé garde son rôle et son historique, mais ne peut plus se connecter ; ses sessions ouvertes prennent fin aussitôt."),
        ("people.none", "No account yet: invite the hub's first Admin below.", "Aucun compte pour l'instant : invitez ci-dessous le premier administrateur du hub."),
        ("people.email", "Email", "Email"),
        ("people.role", "Role", "Rôle"),
        ("people.state", "State", "État"),
        ("people.since", "Since", "Depuis"),
        ("people.active", "active", "actif"),
        ("people.disabled", "disabled", "désactivé"),
        ("people.role_for", "Role of {0}", "Rôle de {0}"),
        ("people.change_role", "Change the role", "Changer le rôle"),
        ("people.disable", "Disable", "Désactiver"),
        ("people.disable_of", "Disable {0}", "Désactiver {0}"),
        ("people.enable", "Enable", "Réactiver"),
        ("people.enable_of", "Enable {0}", "Réactiver {0}"),
        ("people.invite", "Invite someone", "Inviter quelqu'un"),
        ("people.invite_hint", "They receive, by email, a link that works once to choose their password. Inviting the same address again replaces the link.", "La personne reçoit par email un lien, valable une fois, pour choisir son mot de passe. Inviter de nouveau la même adresse remplace le lien."),
        ("people.invite_submit", "Send the invitation", "Envoyer l'invitation"),
        ("people.pending", "Pending invitations", "Invitations en attente"),
        ("people.invited_by", "Invited by", "Invité par"),
        ("people.expires", "Expires", "Expire"),
        ("people.expired", "expired", "expirée"),
        ("people.invited", "An invitation was emailed to {0}.", "Une invitation a été envoyée à {0}."),
        ("people.role_set", "{0} is now {1}.", "{0} est maintenant {1}."),
        ("people.now_disabled", "{0} is disabled: it can no longer sign in.", "{0} est désactivé : ce compte ne peut plus se connecter."),
        ("people.now_enabled", "{0} is enabled again.", "{0} est de nouveau actif."),
        ("people.unknown", "This account does not exist on this hub (any more).", "Ce compte n'existe pas (ou plus) sur ce hub."),
        ("people.bad_role", "Choose one of the roles listed.", "Choisissez l'un des rôles proposés."),
        ("people.last_admin", "{0} is the hub's last Admin who can sign in: invite or enable another Admin first.", "{0} est le dernier administrateur du hub qui peut se connecter : invitez ou réactivez d'abord un autre administrateur."),
        ("people.bad_email", "'{0}' is not a valid email address.", "« {0} » n'est pas une adresse email valide."),
        ("people.taken", "{0} already has an account on this hub: change its role above.", "{0} a déjà un compte sur ce hub : changez son rôle ci-dessus."),
        ("people.not_sent", "The invitation to {0} is saved but the email was not sent ({1}); send it again later.", "L'invitation à {0} est enregistrée mais l'email n'est pas parti ({1}) ; renvoyez-la plus tard."),
        ("role.Admin", "Admin", "Administrateur"),
        ("role.Editor", "Editor", "Éditeur"),
        ("role.Author", "Author", "Auteur"),
        ("role.GuestExpert", "Guest expert", "Expert invité"),
    ];
}
