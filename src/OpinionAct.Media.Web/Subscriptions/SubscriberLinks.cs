using System.Globalization;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// The signed links every email carries: the preferences ("manage") page, RFC 8058 one-click
/// unsubscribe and the RFC 2369 <c>List-Unsubscribe</c> headers, and the double opt-in confirmation.
/// Tokens are bound to the tenant (its name and creation time, so a tenant deleted and created again under
/// the same name does not honour the old one's links) and to their purpose, so one tenant's link reads as
/// forged at another.
/// Thread-safe and cheap: the sending worker calls it once per recipient.
/// </summary>
public sealed class SubscriberLinks(SignedTokens tokens, TenantRegistry registry, PublicOrigins origins, IOptions<SubscriptionOptions> options)
{
    internal const string ManagePurpose = "manage";
    internal const string UnsubscribePurpose = "unsubscribe";
    internal const string ConfirmPurpose = "confirm";
    internal const string ClickPurpose = "click";

    /// <summary>Value of <c>List-Unsubscribe-Post</c> (RFC 8058), also the form body of the one-click POST.</summary>
    public const string OneClickBody = "List-Unsubscribe=One-Click";

    /// <summary>Absolute URL of the subscriber's preferences page (choose newsletters, unsubscribe, export, delete).</summary>
    public string ManageUrl(string tenantName, int subscriberId) =>
        $"{BaseUrl(tenantName)}/newsletters/manage?token={tokens.Create(Scope(tenantName), ManagePurpose, Id(subscriberId), options.Value.ManageLinkLifetime)}";

    /// <summary>Absolute URL that unsubscribes from one newsletter: POST = one-click (RFC 8058), GET = a page with a button.</summary>
    public string UnsubscribeUrl(string tenantName, int subscriberId, int newsletterId) =>
        $"{BaseUrl(tenantName)}/newsletters/unsubscribe?token={UnsubscribeToken(tenantName, subscriberId, newsletterId)}";

    /// <summary>
    /// <c>List-Unsubscribe</c> (https, plus mailto when <see cref="SubscriptionOptions.UnsubscribeMailDomain"/> is set)
    /// and <c>List-Unsubscribe-Post: List-Unsubscribe=One-Click</c> for one recipient of one newsletter.
    /// </summary>
    public IReadOnlyDictionary<string, string> UnsubscribeHeaders(string tenantName, int subscriberId, int newsletterId)
    {
        var token = UnsubscribeToken(tenantName, subscriberId, newsletterId);
        var value = $"<{BaseUrl(tenantName)}/newsletters/unsubscribe?token={token}>";
        if (!string.IsNullOrWhiteSpace(options.Value.UnsubscribeMailDomain))
        {
            value += $", <mailto:unsubscribe@{options.Value.UnsubscribeMailDomain.Trim()}?subject=unsubscribe-{token}>";
        }

        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["List-Unsubscribe"] = value,
            ["List-Unsubscribe-Post"] = OneClickBody,
        };
    }

    /// <summary>
    /// The single-use confirmation link for one consent record; the nonce is cleared when it is used. It works for
    /// <see cref="SubscriptionOptions.ConfirmationLifetime"/>, or <paramref name="lifetime"/> (a re-permission request's, until its deadline).
    /// </summary>
    public string ConfirmUrl(string tenantName, int consentId, string nonce, TimeSpan? lifetime = null) =>
        $"{BaseUrl(tenantName)}/newsletters/confirm?token={tokens.Create(Scope(tenantName), ConfirmPurpose, $"{Id(consentId)}:{nonce}", lifetime ?? options.Value.ConfirmationLifetime)}";

    /// <summary>The subscriber id of a valid manage token, or null (forged, expired, another tenant's).</summary>
    public int? ReadManage(string tenantName, string? token) =>
        ParseId(tokens.Read(Scope(tenantName), ManagePurpose, token));

    /// <summary>The (subscriber, newsletter) of a valid unsubscribe token, or null.</summary>
    public (int SubscriberId, int NewsletterId)? ReadUnsubscribe(string tenantName, string? token)
    {
        var parts = tokens.Read(Scope(tenantName), UnsubscribePurpose, token)?.Split(':');
        return parts is [var s, var n] && ParseId(s) is { } subscriber && ParseId(n) is { } newsletter ? (subscriber, newsletter) : null;
    }

    /// <summary>The (consent record, nonce) of a valid confirmation token, or null; single use is checked against the stored nonce.</summary>
    public (int ConsentId, string Nonce)? ReadConfirm(string tenantName, string? token)
    {
        var parts = tokens.Read(Scope(tenantName), ConfirmPurpose, token)?.Split(':');
        return parts is [var c, var nonce] && ParseId(c) is { } consent && nonce.Length > 0 ? (consent, nonce) : null;
    }

    /// <summary>
    /// A counted redirect to <paramref name="url"/> for click tracking: it carries the issue and the target,
    /// never the reader. Signed, so the endpoint cannot be used as an open redirect.
    /// </summary>
    public string ClickUrl(string tenantName, int issueId, string url) =>
        $"{BaseUrl(tenantName)}/newsletters/click?token={tokens.Create(Scope(tenantName), ClickPurpose, $"{Id(issueId)}:{url}", options.Value.ManageLinkLifetime)}";

    /// <summary>The (issue, target) of a valid click token, or null.</summary>
    public (int IssueId, string Url)? ReadClick(string tenantName, string? token)
    {
        var payload = tokens.Read(Scope(tenantName), ClickPurpose, token);
        var colon = payload?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 && ParseId(payload![..colon]) is { } issue && Uri.TryCreate(payload[(colon + 1)..], UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? (issue, payload[(colon + 1)..])
            : null;
    }

    /// <summary>The hub's public root without a trailing slash, as readers reach it (the same rule as the site's canonical links).</summary>
    public string BaseUrl(string tenantName) => origins.BaseUrl(Tenant(tenantName));

    internal static string BaseUrl(TenantDescriptor tenant, string publicBaseUrl) =>
        PublicOrigins.Compose(tenant, new Uri(publicBaseUrl.TrimEnd('/') + "/", UriKind.Absolute)) + (tenant.Prefix is null ? string.Empty : "/" + tenant.Prefix);

    private TenantDescriptor Tenant(string tenantName) =>
        registry.Table.Find(tenantName)
            ?? throw new InvalidOperationException($"Tenant '{tenantName}' is not in this node's tenant table.");

    /// <summary>What every signed link of a hub is bound to: its name and creation time, so a hub re-created under the same name rejects the old hub's links.</summary>
    internal string Scope(string tenantName) =>
        string.Create(CultureInfo.InvariantCulture, $"{tenantName}:{Tenant(tenantName).CreatedUtc.ToUnixTimeMilliseconds()}");

    private string UnsubscribeToken(string tenantName, int subscriberId, int newsletterId) =>
        tokens.Create(Scope(tenantName), UnsubscribePurpose, $"{Id(subscriberId)}:{Id(newsletterId)}", options.Value.ManageLinkLifetime);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static int? ParseId(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
