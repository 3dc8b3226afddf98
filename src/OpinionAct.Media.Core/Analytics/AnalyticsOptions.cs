namespace OpinionAct.Media.Analytics;

/// <summary>The <c>Media:Analytics</c> configuration section; the public privacy page is generated from it.</summary>
public sealed class AnalyticsOptions
{
    public const string SectionName = "Media:Analytics";

    /// <summary>Days raw events are kept before they are purged; the daily rollups are kept.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>Events one visitor key may send per minute (per node); more get 429.</summary>
    public int EventsPerMinutePerVisitor { get; set; } = 600;

    /// <summary>
    /// Events one client address may send per minute (per node), whatever its user agents; more get 429.
    /// Coarser than the visitor limit (a NAT hides many readers), so it stops only a client rotating its
    /// user agent. Unset: ten times <see cref="EventsPerMinutePerVisitor"/>.
    /// </summary>
    public int? EventsPerMinutePerAddress { get; set; }

    /// <summary>The per-address limit in force.</summary>
    public int AddressLimit => EventsPerMinutePerAddress ?? (int)Math.Min(int.MaxValue, 10L * EventsPerMinutePerVisitor);

    /// <summary>Largest request body accepted by <c>POST /api/events</c>, in bytes; larger gets 413.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Most events written in one group-commit transaction.</summary>
    public int MaxBatchEvents { get; set; } = 5000;

    /// <summary>Addresses of reverse proxies whose <c>X-Forwarded-For</c> is believed; nobody else's is.</summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>How often raw events are folded into the rollups, and retention and salts are enforced.</summary>
    public TimeSpan MaintenanceInterval { get; set; } = TimeSpan.FromSeconds(10);
}
