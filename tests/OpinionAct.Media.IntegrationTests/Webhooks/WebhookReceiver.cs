using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpinionAct.Media.IntegrationTests.Webhooks;

/// <summary>A real HTTP receiver (Kestrel on a loopback port) that records each POST and answers with the status the test chooses.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _script = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>A scripted answer that drops the connection instead of answering.</summary>
    public const int Unreachable = -1;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>The answer once the scripted ones are used up.</summary>
    public int DefaultStatus { get; set; } = 200;

    public string Url { get; private set; } = string.Empty;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            receiver.Received.Enqueue(new ReceivedWebhook(
                body,
                http.Request.Headers["X-Media-Signature"].ToString(),
                http.Request.Headers["Idempotency-Key"].ToString(),
                http.Request.Headers.UserAgent.ToString(),
                http.Request.ContentType ?? string.Empty));
            var status = receiver._script.TryDequeue(out var scripted) ? scripted : receiver.DefaultStatus;
            if (status == Unreachable)
            {
                // The sender gets no answer at all, as from a receiver that is down.
                http.Abort();
                return Results.Empty;
            }

            return Results.StatusCode(status);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Url = address.TrimEnd('/') + "/hook";
        return receiver;
    }

    /// <summary>The next answers, in order (then <see cref="DefaultStatus"/>).</summary>
    public void Answer(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _script.Enqueue(status);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
