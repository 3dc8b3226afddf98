using System.Diagnostics;
using System.Text.Json;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Hosting;

/// <summary>Console logs say which node wrote them and, inside a request, the request's trace id.</summary>
public sealed class NodeLogTests
{
    [Fact]
    public async Task Console_log_should_carry_the_node_name_and_the_trace_id_when_written_inside_a_request()
    {
        ConsoleCapture.Install();
        var node = "node-" + Guid.NewGuid().ToString("n")[..10];
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage, new Dictionary<string, string?>
        {
            ["Media:NodeName"] = node,
            ["Logging:Console:FormatterName"] = "json",
            ["Logging:Console:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        });
        var client = host.Client();

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/health/live", UriKind.Relative));
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        await client.SendAsync(request);

        // The console logger writes on its own thread.
        await Eventually.TrueAsync(() => Task.FromResult(ConsoleCapture.LinesWith(traceId).Count > 0), TimeSpan.FromSeconds(10), "the request's log line is written");
        var line = JsonDocument.Parse(ConsoleCapture.LinesWith(traceId)[0]).RootElement;
        var scopes = line.GetProperty("Scopes").EnumerateArray().ToList();

        Assert.Equal("Microsoft.AspNetCore.Hosting.Diagnostics", line.GetProperty("Category").GetString());
        Assert.Contains(scopes, s => s.TryGetProperty("NodeName", out var name) && name.GetString() == node);
        Assert.Contains(scopes, s => s.TryGetProperty("TraceId", out var trace) && trace.GetString() == traceId);
    }

    [Fact]
    public async Task Console_log_should_carry_the_node_name_when_written_outside_a_request()
    {
        ConsoleCapture.Install();
        var node = "node-" + Guid.NewGuid().ToString("n")[..10];
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage, new Dictionary<string, string?>
        {
            ["Media:NodeName"] = node,
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:Console:LogLevel:OpinionAct.Media.Web.Hosting.MediaStartup"] = "Information",
            ["Logging:LogLevel:OpinionAct.Media.Web.Hosting.MediaStartup"] = "Information",
        });
        _ = host.Services;

        await Eventually.TrueAsync(() => Task.FromResult(ConsoleCapture.LinesWith("Node:" + node).Count > 0), TimeSpan.FromSeconds(10), "a start-up line names the node");
    }
}
