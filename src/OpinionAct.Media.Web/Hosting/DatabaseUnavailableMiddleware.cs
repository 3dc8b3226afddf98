using System.Text.Json;
using OpinionAct.Media.Web.Html;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// A request that needs the database while it cannot be reached gets a clear 503 (a bilingual page, or problem
/// details under <c>/api/</c>) with <c>Retry-After</c>, not an empty 500 or a stack trace. How long it takes to know is
/// bounded by the connection timeout (<c>MediaDatabase</c> gives PostgreSQL 5 s unless the connection string says).
/// The outage is logged once per <see cref="LogEvery"/>, with how many requests it refused meanwhile.
/// </summary>
internal sealed class DatabaseUnavailableMiddleware(RequestDelegate next, TimeProvider clock, ILogger<DatabaseUnavailableMiddleware> logger)
{
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(10);

    private long _lastLogged = long.MinValue;
    private int _refused;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested && DatabaseFaults.IsUnreachable(ex))
        {
            Log(ex);
            context.Response.Clear();
            if (IsApi(context))
            {
                await WriteProblemAsync(context);
            }
            else
            {
                await StatusPages.DatabaseUnavailableAsync(context);
            }
        }
    }

    private void Log(Exception exception)
    {
        var refused = Interlocked.Increment(ref _refused);
        var now = clock.GetTimestamp();
        var last = Interlocked.Read(ref _lastLogged);
        if (last != long.MinValue && clock.GetElapsedTime(last, now) < LogEvery)
        {
            return;
        }

        if (Interlocked.CompareExchange(ref _lastLogged, now, last) == last)
        {
            Interlocked.Exchange(ref _refused, 0);

            // The message only (a type and a reason): never the connection string.
            logger.DatabaseUnreachable(exception.GetType().Name, exception.GetBaseException().Message, refused);
        }
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.Value?.Contains("/api/", StringComparison.OrdinalIgnoreCase) == true
        || context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static async Task WriteProblemAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = StatusPages.DatabaseRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "application/problem+json";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("type", "https://tools.ietf.org/html/rfc9110#section-15.6.4");
        json.WriteString("title", "Service unavailable");
        json.WriteNumber("status", StatusCodes.Status503ServiceUnavailable);
        json.WriteString("detail", "The database cannot be reached; try again in a few seconds.");
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
