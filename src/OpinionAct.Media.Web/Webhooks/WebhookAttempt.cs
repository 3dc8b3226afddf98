namespace OpinionAct.Media.Web.Webhooks;

/// <summary>What one POST got: the HTTP status (0 when no answer came) and, when it failed, why, in a short sentence.</summary>
public sealed record WebhookAttempt(int Status, string? Error)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public bool Gone => Status == 410;
}
