using OpinionAct.Media.Analytics;
using OpinionAct.Media.Data.Site;
using OpinionAct.Media.Web.Ambassadors;
using OpinionAct.Media.Web.Analytics;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// Checks where a form signup came from, on the server: the page's URL must be this hub's (the analytics endpoint's
/// own host-and-prefix rule) and name a published article of this tenant, else the signup counts for no article; the
/// reader's source is classified from the page's referrer as the tracker's page view would be. A page that fails the
/// check never refuses the signup: attribution is a figure, not a condition.
/// </summary>
public sealed class SignupAttribution(EventsEndpoint events, SiteStore site, TenantContext tenant, AmbassadorDirectory ambassadors)
{
    public async Task<SignupOrigin> ResolveAsync(HttpRequest request, string? page, string? referrer, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(page) || page.Length > EventValidator.MaxUrlLength)
        {
            return SignupOrigin.Unknown;
        }

        var valid = Validate(request, page, referrer) ?? Validate(request, page, null);
        if (valid is null)
        {
            return SignupOrigin.Unknown;
        }

        var article = valid.Path.Length == 0 ? null : (await site.ArticlePageAsync(valid.Path, ct))?.Article;
        var ambassador = valid.AmbassadorCode is null ? 0 : await ambassadors.ResolveAsync(tenant.Tenant, valid.AmbassadorCode, ct);
        return new SignupOrigin(article?.Id ?? 0, (int)valid.Source, ambassador);
    }

    private ValidEvent? Validate(HttpRequest request, string page, string? referrer)
    {
        var errors = new Dictionary<string, string[]>();
        var input = new TrackedEventInput { Type = "pageview", Url = page, Referrer = string.IsNullOrWhiteSpace(referrer) ? null : referrer };
        var valid = EventValidator.Validate([input], url => events.PathOnHub(tenant.Tenant, request, url), errors);
        return valid.Count == 1 ? valid[0] : null;
    }
}
