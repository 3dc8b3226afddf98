using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Webhooks;

namespace OpinionAct.Media.Web.Webhooks;

/// <summary>
/// Posts one signed event. Connections go through <see cref="WebhookTargetGuard.ConnectAsync"/> (no proxy, no
/// redirects followed: a 3xx is a failed attempt), so every connection is checked against the forgery rule.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient _http;
    private readonly WebhookOptions _options;

    public WebhookSender(WebhookTargetGuard guard, IOptions<WebhookOptions> options)
    {
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = guard.ConnectAsync,
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectTimeout = _options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            MaxConnectionsPerServer = Math.Max(_options.Concurrency, 1) * 2,
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Posts <paramref name="body"/> to <paramref name="url"/>, signed at <paramref name="now"/>.</summary>
    public async Task<WebhookAttempt> SendAsync(string url, string secret, string eventId, string body, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Header(secret, now.ToUnixTimeSeconds(), body));
        request.Headers.TryAddWithoutValidation("Idempotency-Key", eventId);
        request.Headers.UserAgent.Add(ProductInfoHeaderValue.Parse(_options.UserAgent));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            return new WebhookAttempt(status, status is >= 200 and < 300 ? null : $"HTTP {status} {response.ReasonPhrase}".Trim());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookAttempt(0, $"No answer within {_options.Timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException ex)
        {
            return new WebhookAttempt(0, Reason(ex));
        }
    }

    public void Dispose() => _http.Dispose();

    private static string Reason(Exception ex)
    {
        // The guard's refusal may sit under the HTTP handler's wrapping; it is the sentence worth keeping.
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is WebhookTargetRefusedException refused)
            {
                return refused.Message;
            }
        }

        var message = ex.InnerException?.Message ?? ex.Message;
        return message.Length > 300 ? message[..300] : message;
    }
}
