namespace OpinionAct.Media.Data.Newsletters;

/// <summary>
/// One email address known to the tenant. The address is stored normalised (trimmed, lower-case, domain
/// in ASCII/punycode: see <c>EmailAddresses</c>) so one person is one row; suppression is per address, across newsletters.
/// </summary>
public sealed class SubscriberRecord
{
    public int Id { get; set; }

    public required string Email { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Soft bounces since the last successful delivery; three suppress the address.</summary>
    public int SoftBounces { get; set; }

    /// <summary>Set once a hard bounce, complaint or repeated soft bounce suppresses the address; never mailed again.</summary>
    public DateTime? SuppressedUtc { get; set; }

    public string? SuppressionReason { get; set; }

    public List<SubscriptionRecord> Subscriptions { get; } = [];
}
