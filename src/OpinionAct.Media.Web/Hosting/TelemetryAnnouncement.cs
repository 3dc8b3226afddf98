namespace OpinionAct.Media.Web.Hosting;

/// <summary>Says at start where this node's telemetry goes (the collector's scheme, host and port only: never a path or credentials).</summary>
internal sealed class TelemetryAnnouncement(ILogger<TelemetryAnnouncement> logger, string node, string endpoint, string protocol) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.TelemetryExporting(node, endpoint, protocol);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
