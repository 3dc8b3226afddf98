namespace OpinionAct.Media.Web.Webhooks;

/// <summary><c>Media:Webhooks</c>: who may be called, how often the outbox is read, and how failed deliveries are retried.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Media:Webhooks";

    /// <summary>
    /// Allows targets on loopback, private, link-local and other internal addresses. Off by default (server-side request
    /// forgery); tests and a single-machine setup posting to a local receiver turn it on.
    /// </summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>Runs the delivery worker on this web node.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often each hub with an active hook is checked for due deliveries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one POST may take, connection included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The first retry's delay; each further one doubles, up to <see cref="MaxRetryDelay"/>, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long after the event a delivery is retried before it is marked failed.</summary>
    public TimeSpan RetryWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a worker holds a leased delivery; longer than <see cref="Timeout"/>, so a live worker never loses it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Deliveries leased per hub and pass.</summary>
    public int BatchSize { get; set; } = 64;

    /// <summary>POSTs in flight at once per hub.</summary>
    public int Concurrency { get; set; } = 8;

    /// <summary>Settled deliveries (and events no delivery needs) older than this are deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    public string UserAgent { get; set; } = "OpinionAct-Media-Webhooks/1.0";
}
