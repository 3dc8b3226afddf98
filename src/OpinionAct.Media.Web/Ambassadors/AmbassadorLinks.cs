using System.Globalization;
using OpinionAct.Media.Ambassadors;
using OpinionAct.Media.Data.Ambassadors;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Subscriptions;

namespace OpinionAct.Media.Web.Ambassadors;

/// <summary>
/// The links of an ambassador: the share link (any page of the hub with <c>?amb=CODE</c>) and the signed unsubscribe
/// link of the monthly email, bound to the hub and its purpose like <see cref="SubscriberLinks"/>, so another hub's or
/// another purpose's token reads as forged.
/// </summary>
public sealed class AmbassadorLinks(SignedTokens tokens, SubscriberLinks subscriberLinks)
{
    public const string Parameter = "amb";

    private const string UnsubscribePurpose = "ambassador-unsubscribe";

    /// <summary>Long enough for a report read months later; the link only stops emails, it reveals nothing.</summary>
    private static readonly TimeSpan UnsubscribeLifetime = TimeSpan.FromDays(400);

    public static string Code(string tenantName, AmbassadorRecord ambassador)
    {
        ArgumentNullException.ThrowIfNull(ambassador);
        return AmbassadorCode.Create(ambassador.Secret, tenantName, ambassador.Id);
    }

    /// <summary>The share link of the hub's home page, or of one page (<paramref name="path"/>, site-relative) when given.</summary>
    public string ShareUrl(string tenantName, AmbassadorRecord ambassador, string? path = null) =>
        $"{subscriberLinks.BaseUrl(tenantName)}/{path?.Trim('/')}?{Parameter}={Code(tenantName, ambassador)}";

    public string UnsubscribeUrl(string tenantName, int ambassadorId) =>
        $"{subscriberLinks.BaseUrl(tenantName)}/ambassadors/unsubscribe?token={UnsubscribeToken(tenantName, ambassadorId)}";

    /// <summary><c>List-Unsubscribe</c> (RFC 2369) and <c>List-Unsubscribe-Post</c> (RFC 8058) of one ambassador's report.</summary>
    public IReadOnlyDictionary<string, string> UnsubscribeHeaders(string tenantName, int ambassadorId) =>
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["List-Unsubscribe"] = $"<{UnsubscribeUrl(tenantName, ambassadorId)}>",
            ["List-Unsubscribe-Post"] = SubscriberLinks.OneClickBody,
        };

    /// <summary>The ambassador of a valid unsubscribe token, or null (forged, expired, another hub's or purpose's).</summary>
    public int? ReadUnsubscribe(string tenantName, string? token) =>
        int.TryParse(tokens.Read(subscriberLinks.Scope(tenantName), UnsubscribePurpose, token), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    private string UnsubscribeToken(string tenantName, int ambassadorId) =>
        tokens.Create(subscriberLinks.Scope(tenantName), UnsubscribePurpose, ambassadorId.ToString(CultureInfo.InvariantCulture), UnsubscribeLifetime);
}
