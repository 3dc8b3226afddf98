namespace OpinionAct.Media.IntegrationTests.Webhooks;

/// <summary>One POST the receiver got.</summary>
public sealed record ReceivedWebhook(string Body, string Signature, string IdempotencyKey, string UserAgent, string ContentType);
