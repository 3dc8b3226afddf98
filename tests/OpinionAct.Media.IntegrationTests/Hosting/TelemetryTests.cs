using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.ScaleOut;

namespace OpinionAct.Media.IntegrationTests.Hosting;

/// <summary>OpenTelemetry: exported over OTLP when an endpoint is configured, absent otherwise.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Node_should_post_traces_and_metrics_over_OTLP_when_an_endpoint_is_configured()
    {
        await using var sink = await OtlpSink.StartAsync();
        var node = "otel-" + Guid.NewGuid().ToString("n")[..10];
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage, new Dictionary<string, string?>
        {
            ["Media:NodeName"] = node,
            ["Media:Telemetry:OtlpEndpoint"] = sink.Address,
        });
        await host.CreateTenantAsync(prefix: "brand");

        Assert.Equal(HttpStatusCode.OK, (await host.Client().GetAsync(new Uri("/brand/", UriKind.Relative))).StatusCode);
        host.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000);
        host.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000);

        await Eventually.TrueAsync(
            () => Task.FromResult(sink.Received("/v1/traces", "opinionact-media", node, "GET")),
            TimeSpan.FromSeconds(10),
            "a trace export naming the service and the node");
        await Eventually.TrueAsync(
            () => Task.FromResult(sink.Received("/v1/metrics", "opinionact-media", node, "http.server.request.duration")),
            TimeSpan.FromSeconds(10),
            "a metrics export with request durations");
    }

    [Fact]
    public async Task Node_should_register_no_telemetry_when_no_endpoint_is_configured()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s.GetType().FullName!.StartsWith("OpenTelemetry", StringComparison.Ordinal));
    }

    [RedisFact]
    public async Task Cluster_member_should_trace_Redis_commands_when_an_endpoint_is_configured()
    {
        await using var sink = await OtlpSink.StartAsync();
        await using var storage = await TestStorage.CreateAsync("Postgres");
        await using var node = ClusterNode.Start(storage, ClusterSettingsForTest.WithRedis(), storage.DataPath, new Dictionary<string, string?>
        {
            ["Media:Telemetry:OtlpEndpoint"] = sink.Address,
        });
        var redis = node.Get<ClusterRedis>();
        await Eventually.TrueAsync(() => Task.FromResult(redis.IsConnected), TimeSpan.FromSeconds(10), "the node connects to Redis");

        Assert.True(redis.TryDatabase(out var database));
        await database.StringSetAsync("telemetry-probe", "1", TimeSpan.FromMinutes(1));

        await Eventually.TrueAsync(() =>
        {
            node.Services.GetRequiredService<TracerProvider>().ForceFlush(5_000);
            return Task.FromResult(sink.Received("/v1/traces", "db.system", "redis"));
        }, TimeSpan.FromSeconds(15), "a trace export with Redis command spans (db.system redis)");
    }
}
