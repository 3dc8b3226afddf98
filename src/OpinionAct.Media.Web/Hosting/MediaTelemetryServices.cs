using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Web.ScaleOut;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// OpenTelemetry for a web node, only when <c>Media:Telemetry:OtlpEndpoint</c> is set: traces and metrics of requests
/// (ASP.NET Core), PostgreSQL (Npgsql), Redis (StackExchange.Redis profiling, on a cluster member), the runtime, and
/// our own send passes and event ingestion (<see cref="MediaTelemetry"/>), exported over OTLP as service
/// <c>opinionact-media</c> with the node's name as a resource attribute. Unset, nothing at all is registered: no
/// listener, no exporter, no background thread.
/// </summary>
public static class MediaTelemetryServices
{
    /// <summary>The resource attribute that names the node (also the service instance id).</summary>
    public const string NodeAttribute = "media.node";

    /// <summary>How often profiled Redis commands become spans (the instrumentation's default is 10 s).</summary>
    private static readonly TimeSpan RedisFlushInterval = TimeSpan.FromSeconds(2);

    public static IServiceCollection AddMediaTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var telemetry = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!telemetry.IsEnabled)
        {
            return services;
        }

        var node = NodeNames.Resolve(configuration["Media:NodeName"]);
        var protocol = Protocol(telemetry.OtlpProtocol);
        var endpoint = Endpoint(telemetry.OtlpEndpoint!);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(MediaTelemetry.ServiceName, serviceInstanceId: node)
                .AddAttributes([new KeyValuePair<string, object>(NodeAttribute, node)]))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddNpgsql()
                .AddRedisInstrumentation(redis => redis.FlushInterval = RedisFlushInterval)
                .ConfigureRedisInstrumentation((sp, redis) => RedisTelemetry.Follow(sp.GetRequiredService<ClusterRedis>(), redis))
                .AddSource(MediaTelemetry.Name))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(MediaTelemetry.Name))
            .UseOtlpExporter(protocol, endpoint);
        services.AddHostedService(sp => new TelemetryAnnouncement(
            sp.GetRequiredService<ILogger<TelemetryAnnouncement>>(), node, endpoint.GetLeftPart(UriPartial.Authority), protocol.ToString()));
        return services;
    }

    private static OtlpExportProtocol Protocol(string value) =>
        Enum.TryParse<OtlpExportProtocol>(value, ignoreCase: true, out var protocol)
            ? protocol
            : throw new MediaValidationException($"Media:Telemetry:OtlpProtocol is '{value}': use HttpProtobuf (the default, port 4318) or Grpc (port 4317).");

    private static Uri Endpoint(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new MediaValidationException("Media:Telemetry:OtlpEndpoint is not an http(s) address: give the collector's OTLP address, such as http://collector:4318.");
}
