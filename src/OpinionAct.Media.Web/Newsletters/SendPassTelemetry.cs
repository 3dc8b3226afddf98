using System.Diagnostics;
using OpinionAct.Media.Hosting;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>What one send pass settled, as metrics (per outcome) and as tags of its trace.</summary>
internal static class SendPassTelemetry
{
    public static void Record(Activity? activity, string tenant, SendPassResult result, TimeSpan elapsed)
    {
        var tenantTag = new KeyValuePair<string, object?>("media.tenant", tenant);
        Count("sent", result.Sent);
        Count("retried", result.Retried);
        Count("failed", result.Failed);
        Count("skipped", result.Skipped);
        MediaTelemetry.NewsletterPassDuration.Record(elapsed.TotalSeconds, tenantTag);
        activity?.SetTag("media.sent", result.Sent);
        activity?.SetTag("media.retried", result.Retried);
        activity?.SetTag("media.failed", result.Failed);

        void Count(string outcome, int count)
        {
            if (count > 0)
            {
                MediaTelemetry.NewsletterMessages.Add(count, tenantTag, new KeyValuePair<string, object?>("media.outcome", outcome));
            }
        }
    }
}
