using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Analytics;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// One signup over HTTP, the same for the form and the API: client throttle, honeypot, address check,
/// address throttle, then <see cref="SubscriptionService"/>; a due confirmation goes to the outbox.
/// </summary>
public sealed class SignupService(SubscriptionService subscriptions, SignupThrottle throttle, ConfirmationOutbox outbox, TenantContext tenant, TrustedProxies proxies, TimeProvider clock, IOptions<SubscriptionOptions> options, ILogger<SignupService> logger)
{
    public async Task<SignupAttempt> HandleAsync(HttpContext http, string? email, IReadOnlyList<string>? newsletters, string? honeypot, ConsentSource source, string? consentText, CancellationToken ct, SignupOrigin? origin = null)
    {
        var name = tenant.Tenant.Name;
        if (await throttle.ClientAsync(name, proxies.ClientAddress(http)) is { } clientWait)
        {
            logger.SignupThrottled(name, "client");
            return new SignupAttempt(RetryAfter: clientWait);
        }

        var started = clock.GetTimestamp();
        if (!string.IsNullOrEmpty(honeypot))
        {
            logger.HoneypotFilled(name);
            await PadAsync(started, ct);
            return SignupAttempt.Accepted;
        }

        var normalized = EmailAddresses.Normalize(email, out var error);
        if (normalized is null)
        {
            return new SignupAttempt(Error: error);
        }

        if (await throttle.AddressAsync(name, normalized) is { } addressWait)
        {
            logger.SignupThrottled(name, "address");
            return new SignupAttempt(RetryAfter: addressWait);
        }

        try
        {
            var text = string.IsNullOrWhiteSpace(consentText) ? "Subscription requested through the API; the consent text was not supplied." : consentText.Trim();
            var result = await subscriptions.SignupAsync(new SignupRequest(normalized, newsletters, source, text, origin), ct);
            logger.SignupRecorded(name, source, result.Outcome);
            if (result.ConsentToMail is { } consentId)
            {
                outbox.Enqueue(name, consentId);
            }

            await PadAsync(started, ct);
            return SignupAttempt.Accepted;
        }
        catch (MediaValidationException ex)
        {
            return new SignupAttempt(Error: ex.Message);
        }
    }

    /// <summary>Waits out the rest of <see cref="SubscriptionOptions.MinimumSignupDuration"/>, so every accepted path answers alike.</summary>
    private async Task PadAsync(long started, CancellationToken ct)
    {
        var left = options.Value.MinimumSignupDuration - clock.GetElapsedTime(started);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, clock, ct);
        }
    }
}
