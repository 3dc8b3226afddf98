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
    ];
}
