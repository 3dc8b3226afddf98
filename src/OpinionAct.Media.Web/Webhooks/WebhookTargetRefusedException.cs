namespace OpinionAct.Media.Web.Webhooks;

/// <summary>A webhook target resolves to an address webhooks may not reach (see <see cref="OpinionAct.Media.Webhooks.WebhookAddresses"/>).</summary>
public sealed class WebhookTargetRefusedException : Exception
{
    public WebhookTargetRefusedException()
        : base("The target is refused.")
    {
    }

    public WebhookTargetRefusedException(string message)
        : base(message)
    {
    }

    public WebhookTargetRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
