namespace OpinionAct.Media.Hosting;

/// <summary>
/// <c>Media:Telemetry</c>: where this node sends OpenTelemetry traces and metrics. Unset (the default), no
/// OpenTelemetry service is registered at all, so the embedded default pays nothing for it.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Media:Telemetry";

    /// <summary>The collector's OTLP address (<c>http://collector:4318</c> for HTTP/protobuf); null or blank turns telemetry off.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>HttpProtobuf</c> (the default: <c>/v1/traces</c> and <c>/v1/metrics</c> under the endpoint) or <c>Grpc</c>.</summary>
    public string OtlpProtocol { get; set; } = "HttpProtobuf";

    public bool IsEnabled => !string.IsNullOrWhiteSpace(OtlpEndpoint);
}
