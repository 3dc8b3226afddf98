namespace OpinionAct.Media.Localization;

/// <summary>The admin's integrations and API strings (<see cref="UiTextArea.Admin"/>).</summary>
public sealed partial class UiText
{
    private static (string Key, string En, string Fr)[] AdminApisEntries =>
    [
        ("nav.integrations", "Integrations", "Intégrations"),
        ("integrations.intro", "An integration lets a partner site, an app or an automation use this hub's Admin API with the scopes you choose. Its secret is shown once.", "Une intégration permet à un site partenaire, une application ou une automatisation d'utiliser l'API d'administration de ce média avec les droits choisis. Son secret n'est affiché qu'une fois."),
        ("integrations.none", "No integration yet.", "Aucune intégration pour l'instant."),
        ("integrations.new", "New integration", "Nouvelle intégration"),
        ("integrations.scopes", "Scopes", "Droits"),
        ("integrations.expires", "Expires on (optional)", "Expire le (facultatif)"),
        ("integrations.redirect", "Redirect URI, for an interactive app only (optional)", "URI de redirection, pour une application interactive seulement (facultatif)"),
        ("integrations.redirect_hint", "With a redirect URI the app signs people in with the authorization code flow and PKCE, and gets no secret.", "Avec une URI de redirection, l'application connecte des personnes par le flux « code d'autorisation » avec PKCE, sans secret."),
        ("integrations.minutes", "Access token lifetime (minutes)", "Durée de vie des jetons d'accès (minutes)"),
        ("integrations.create", "Create integration", "Créer l'intégration"),
        ("integrations.created", "Integration created. Copy the secret now: it will not be shown again.", "Intégration créée. Copiez le secret maintenant : il ne sera plus affiché."),
        ("integrations.client_id", "Client id", "Identifiant client"),
        ("integrations.secret", "Client secret", "Secret client"),
        ("integrations.token_url", "Token endpoint", "Point de jeton"),
        ("integrations.last_used", "Last used", "Dernière utilisation"),
        ("integrations.never", "never", "jamais"),
        ("integrations.state", "State", "État"),
        ("integrations.active", "active", "active"),
        ("integrations.revoked", "revoked", "révoquée"),
        ("integrations.expired", "expired", "expirée"),
        ("integrations.revoke", "Revoke", "Révoquer"),
        ("integrations.revoke_named", "Revoke {0}", "Révoquer {0}"),
        ("integrations.revoked_done", "Integration revoked: its tokens are refused from now on.", "Intégration révoquée : ses jetons sont refusés dès maintenant."),
        ("integrations.back", "Back to integrations", "Retour aux intégrations"),
    ];
}
