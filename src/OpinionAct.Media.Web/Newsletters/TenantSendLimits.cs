namespace OpinionAct.Media.Web.Newsletters;

/// <summary>One tenant's sending limits; null members fall back to <see cref="NewsletterSendOptions"/>.</summary>
public sealed class TenantSendLimits
{
    public int? Concurrency { get; set; }

    public double? MessagesPerSecond { get; set; }
}
