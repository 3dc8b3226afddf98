using OpinionAct.Media.Hosting;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>Readers' events made durable by one group commit, as metrics.</summary>
internal static class IngestionTelemetry
{
    public static void Committed(string tenant, int events, TimeSpan elapsed)
    {
        var tenantTag = new KeyValuePair<string, object?>("media.tenant", tenant);
        MediaTelemetry.EventsIngested.Add(events, tenantTag);
        MediaTelemetry.IngestionCommitDuration.Record(elapsed.TotalSeconds, tenantTag);
    }
}
