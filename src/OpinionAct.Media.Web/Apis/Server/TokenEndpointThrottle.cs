using System.Net.Http.Headers;
using System.Text;
using OpinionAct.Media.Web.Accounts;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Apis.Server;

/// <summary>
/// Slows guessing of client secrets on the endpoints that check them (token, introspection, revocation):
/// every refused request counts against the client id and the caller's address in the sign-in throttle,
/// and a caller over the limit gets 429 before OpenIddict even reads the secret.
/// </summary>
internal static class TokenEndpointThrottle
{
    private const string Surface = "token";

    public static bool Applies(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals(ConnectEndpoints.TokenPath, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(ConnectEndpoints.IntrospectPath, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(ConnectEndpoints.RevokePath, StringComparison.OrdinalIgnoreCase));

    public static async Task InvokeAsync(HttpContext context, SignInThrottle throttle, Func<Task> next)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var client = await ClientIdAsync(context.Request) ?? string.Empty;
        if (await throttle.RetryAfterAsync(Surface, address, client) is { } wait)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TokenEndpointThrottle))
                .TokenRequestsThrottled(context.RequestServices.GetRequiredService<TenantContext>().Tenant.Name, client, address);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = SignInThrottle.RetryAfterHeader(wait);
            await context.Response.WriteAsJsonAsync(new { error = "slow_down", error_description = "Too many refused requests; try again later." });
            return;
        }

        await next();
        if (context.Response.StatusCode is StatusCodes.Status400BadRequest or StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden)
        {
            await throttle.RecordFailureAsync(Surface, address, client);
        }
    }

    private static async Task<string?> ClientIdAsync(HttpRequest request)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is { } encoded)
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
                return Uri.UnescapeDataString(pair.Split(':', 2)[0]);
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return request.HasFormContentType ? (await request.ReadFormAsync(request.HttpContext.RequestAborted))["client_id"].ToString() : null;
    }
}
