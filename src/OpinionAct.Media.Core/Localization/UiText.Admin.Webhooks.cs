namespace OpinionAct.Media.Localization;

/// <summary>The admin's webhooks page strings (<see cref="UiTextArea.Admin"/>).</summary>
public sealed partial class UiText
{
    private static (string Key, string En, string Fr)[] AdminWebhookEntries =>
    [
        ("nav.webhooks", "Webhooks", "Webhooks"),
        ("webhooks.intro", "Each event is posted as JSON to the hook's URL and retried for 24 hours until it is accepted (a 2xx answer). To check that a request comes from this site, the receiver reads the raw body, takes t and v1 from the X-Media-Signature header, computes the HMAC-SHA256 of \"t.body\" with the hook's secret as key, in lower-case hex, and accepts it only when it equals v1 and t is within a few minutes of its clock. The Idempotency-Key header is the same on every retry: process each key once.", "Chaque événement est envoyé en JSON à l'URL du webhook, et renvoyé pendant 24 heures jusqu'à ce qu'il soit accepté (réponse 2xx). Pour vérifier qu'une requête vient bien de ce site, le destinataire lit le corps brut, prend t et v1 dans l'en-tête X-Media-Signature, calcule le HMAC-SHA256 de « t.corps » avec le secret du webhook comme clé, en hexadécimal minuscule, et ne l'accepte que s'il est égal à v1 et que t est à quelques minutes près de son horloge. L'en-tête Idempotency-Key est le même à chaque nouvel essai : traitez chaque clé une seule fois."),
        ("webhooks.none", "No webhooks yet.", "Aucun webhook pour l'instant."),
        ("webhooks.new", "New webhook", "Nouveau webhook"),
        ("webhooks.create", "Create the webhook", "Créer le webhook"),
        ("webhooks.created", "Webhook created for {0}. Its signing secret, shown only this once (copy it now):", "Webhook créé pour {0}. Son secret de signature, affiché une seule fois (copiez-le maintenant) :"),
        ("webhooks.url_hint", "A public http or https address; internal and private addresses are refused.", "Une adresse http ou https publique ; les adresses internes et privées sont refusées."),
        ("field.Url", "URL", "URL"),
        ("field.Events", "Events", "Événements"),
        ("webhooks.hook", "Webhook", "Webhook"),
        ("webhooks.state", "State", "État"),
        ("webhooks.active", "Active", "Actif"),
        ("webhooks.disabled", "Disabled", "Désactivé"),
        ("webhooks.last_status", "Last answer", "Dernière réponse"),
        ("webhooks.created_at", "Created", "Créé"),
        ("webhooks.enable", "Enable", "Activer"),
        ("webhooks.disable", "Disable", "Désactiver"),
        ("webhooks.deliveries", "Delivery log", "Journal des envois"),
        ("webhooks.no_deliveries", "Nothing delivered yet.", "Rien n'a encore été envoyé."),
        ("webhooks.event", "Event", "Événement"),
        ("webhooks.attempts", "Attempts", "Tentatives"),
        ("webhooks.next", "Next attempt / done", "Prochaine tentative / fin"),
        ("webhooks.replay", "Replay", "Renvoyer"),
        ("webhooks.replay_named", "Replay delivery {0}", "Renvoyer l'envoi {0}"),
        ("webhooks.state_pending", "Pending", "En attente"),
        ("webhooks.state_delivered", "Delivered", "Livré"),
        ("webhooks.state_failed", "Failed", "Échec"),
        ("webhooks.done_enabled", "Webhook enabled.", "Webhook activé."),
        ("webhooks.done_disabled", "Webhook disabled: it receives no new events.", "Webhook désactivé : il ne reçoit plus de nouveaux événements."),
        ("webhooks.done_replayed", "Delivery queued again with the same event id.", "Envoi remis en file avec le même identifiant d'événement."),
    ];
}
