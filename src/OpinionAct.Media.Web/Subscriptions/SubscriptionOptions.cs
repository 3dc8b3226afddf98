namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// <c>Media:Subscriptions</c>: how emailed links are built and how signups are throttled. Links leave
/// the request that caused them (a worker sends issues), so the public address of each hub comes from
/// <see cref="Hosting.PublicOrigins"/>: a tenant routed by host name gets <c>{scheme}://{host}[/{prefix}]</c>,
/// a tenant routed by prefix only gets <c>{Media:PublicOrigin}/{prefix}</c>.
/// </summary>
public sealed class SubscriptionOptions
{
    public const string SectionName = "Media:Subscriptions";

    /// <summary>
    /// Older name of <c>Media:PublicOrigin</c>, still read when that key is unset. Emailed links and the site's
    /// canonical links follow one rule, <see cref="Hosting.PublicOrigins"/>.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Domain of the <c>mailto:</c> form of List-Unsubscribe (<c>unsubscribe@{domain}?subject=unsubscribe-{token}</c>).
    /// Null leaves the mailto form out: its mailbox is the operator's to wire (see docs/newsletters.md).
    /// </summary>
    public string? UnsubscribeMailDomain { get; set; }

    /// <summary>How long a confirmation link works (the issue says 48 hours).</summary>
    public TimeSpan ConfirmationLifetime { get; set; } = TimeSpan.FromHours(48);

    /// <summary>How long manage and unsubscribe links in a sent email keep working.</summary>
    public TimeSpan ManageLinkLifetime { get; set; } = TimeSpan.FromDays(365);

    /// <summary>A second signup of the same address within this window sends no second confirmation email.</summary>
    public TimeSpan ConfirmationResendInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Used when <see cref="ConfirmationRetryDelays"/> is empty.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays = [TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)];

    /// <summary>
    /// Waits before retrying a confirmation email after a transient SMTP failure, one retry per entry;
    /// empty means <see cref="DefaultRetryDelays"/> (a default list here would be appended to, not replaced, by configuration).
    /// </summary>
    public TimeSpan[] ConfirmationRetryDelays { get; set; } = [];

    public IReadOnlyList<TimeSpan> RetryDelays => ConfirmationRetryDelays.Length > 0 ? ConfirmationRetryDelays : DefaultRetryDelays;

    /// <summary>
    /// How often each node looks for confirmation emails that were queued but never accepted by the SMTP
    /// server (the in-memory queue died with its process, or every quick retry failed) and sends them again.
    /// </summary>
    public TimeSpan ConfirmationSweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts the sweep may add after the quick retries of <see cref="RetryDelays"/>.</summary>
    public int ConfirmationSweepAttempts { get; set; } = 3;

    /// <summary>All attempts one confirmation email gets: the first, the quick retries, then the sweep's.</summary>
    public int ConfirmationMaxAttempts => 1 + RetryDelays.Count + ConfirmationSweepAttempts;

    /// <summary>A queued confirmation becomes the sweep's once its quick retries would all have run, plus a margin.</summary>
    public TimeSpan ConfirmationSweepAfter => RetryDelays.Aggregate(TimeSpan.FromMinutes(1), (sum, delay) => sum + delay);

    /// <summary>
    /// An accepted signup is answered no sooner than this after it arrived, whichever path it took (new,
    /// pending, confirmed, suppressed, honeypot): the database work differs by about a millisecond between
    /// paths, and this floor hides it. Zero turns it off.
    /// </summary>
    public TimeSpan MinimumSignupDuration { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Signup attempts per client IP per minute (both the form and the API).</summary>
    public int SignupsPerClientPerMinute { get; set; } = 10;

    /// <summary>Signup attempts per address per hour, whoever sends them.</summary>
    public int SignupsPerAddressPerHour { get; set; } = 5;
}
