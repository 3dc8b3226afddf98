namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// <c>Media:Newsletters:Sending</c>: how the send worker works the queue. Limits apply per tenant on each node;
/// <see cref="Tenants"/> overrides concurrency and rate for named tenants.
/// </summary>
public sealed class NewsletterSendOptions
{
    public const string SectionName = "Media:Newsletters:Sending";

    /// <summary>Whether this node's web host runs the send worker (a node can leave sending to others).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the worker looks for due scheduled issues and queues to work.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>SMTP connections per tenant working one issue at once; each connection carries many messages.</summary>
    public int Concurrency { get; set; } = 8;

    /// <summary>Messages per second per tenant (token bucket); 0 or less means no limit.</summary>
    public double MessagesPerSecond { get; set; } = 1000;

    /// <summary>Rows leased by one claim.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>How long a claim holds its rows; a worker never starts a message in the last fifth of its lease.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before a recipient whose server keeps answering 4xx (or cannot be reached) is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait after the first transient failure; doubled after each further one, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Per-tenant overrides of <see cref="Concurrency"/> and <see cref="MessagesPerSecond"/>, by tenant name.</summary>
    public Dictionary<string, TenantSendLimits> Tenants { get; set; } = new(StringComparer.Ordinal);

    public TenantSendLimits LimitsFor(string tenantName) =>
        Tenants.TryGetValue(tenantName, out var limits)
            ? new TenantSendLimits { Concurrency = limits.Concurrency ?? Concurrency, MessagesPerSecond = limits.MessagesPerSecond ?? MessagesPerSecond }
            : new TenantSendLimits { Concurrency = Concurrency, MessagesPerSecond = MessagesPerSecond };

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1, after <paramref name="attempts"/> transient failures.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromMilliseconds(RetryBaseDelay.TotalMilliseconds * factor);
        return delay > RetryMaxDelay ? RetryMaxDelay : delay;
    }
}
