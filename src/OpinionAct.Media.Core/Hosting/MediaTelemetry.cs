using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OpinionAct.Media.Hosting;

/// <summary>
/// Our own traces and metrics, for the work no library instruments: newsletter send passes and the ingestion of
/// readers' events. Without a listener (telemetry off) starting an activity returns null and recording a measurement
/// does nothing, so the instrumented code costs a branch.
/// </summary>
public static class MediaTelemetry
{
    /// <summary>The name of our <see cref="ActivitySource"/> and <see cref="System.Diagnostics.Metrics.Meter"/>.</summary>
    public const string Name = "OpinionAct.Media";

    /// <summary>The service name every node reports (the node itself is a resource attribute).</summary>
    public const string ServiceName = "opinionact-media";

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    /// <summary>Messages settled by send passes, tagged with the outcome (sent, retried, failed, skipped).</summary>
    public static Counter<long> NewsletterMessages { get; } =
        Meter.CreateCounter<long>("media.newsletter.messages", "{message}", "Newsletter messages settled by send passes, by outcome");

    public static Histogram<double> NewsletterPassDuration { get; } =
        Meter.CreateHistogram<double>("media.newsletter.send_pass.duration", "s", "How long one send pass over an issue's queue took");

    /// <summary>Readers' events made durable by the group-commit writer.</summary>
    public static Counter<long> EventsIngested { get; } =
        Meter.CreateCounter<long>("media.analytics.events.ingested", "{event}", "Readers' events committed by the ingestion writer");

    public static Histogram<double> IngestionCommitDuration { get; } =
        Meter.CreateHistogram<double>("media.analytics.commit.duration", "s", "How long one group commit of readers' events took");
}
