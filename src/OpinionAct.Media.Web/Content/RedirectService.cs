using OpinionAct.Media.Audit;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Content;

/// <summary>Permanent redirects of the current tenant (old URLs after a move), answered with 301.</summary>
public sealed class RedirectService(RedirectStore redirects, ContentUnit unit, TenantContext tenant, TimeProvider clock, IEnumerable<IContentChangeListener> listeners, AuditTrail audit)
{
    public async Task<RedirectRecord> AddAsync(string from, string to, ContentActor actor, CancellationToken cancellationToken)
    {
        actor.EnsureCanManageCatalog();
        var errors = new FieldErrors();
        var fromPath = from.Trim().Trim('/').ToLowerInvariant();
        var target = to.Trim();
        if (fromPath.Length == 0 || fromPath.Length > Slugs.MaxPathLength || fromPath.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '?' or '#' or '\\'))
        {
            errors.Add("From", $"'{from}' is not a site path (e.g. /ancien-article).");
        }
        else if (await redirects.FromPathUsedAsync(fromPath, cancellationToken))
        {
            errors.Add("From", $"/{fromPath} already redirects somewhere.");
        }

        if (!ArticleValidator.IsSafeUrl(target, absoluteOnly: false))
        {
            errors.Add("To", $"'{to}' must be a path starting with '/' or an http(s) URL.");
        }
        else if (target.Trim('/').Equals(fromPath, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("To", "a redirect cannot point to itself.");
        }

        errors.ThrowIfAny();
        var redirect = new RedirectRecord { FromPath = fromPath, ToUrl = target, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        redirects.Add(redirect);
        await unit.SaveAsync(cancellationToken);
        await ContentChanges.NotifyAsync(listeners, tenant.Tenant.Name, unit, cancellationToken);
        return redirect;
    }

    public async Task DeleteAsync(int id, ContentActor actor, CancellationToken cancellationToken)
    {
        actor.EnsureCanManageCatalog();
        var redirect = await redirects.FindAsync(id, cancellationToken) ?? throw new ContentNotFoundException($"Redirect {id} does not exist.");
        redirects.Remove(redirect);
        audit.Add(AuditActions.RedirectDeleted, $"redirect {id}", "/" + redirect.FromPath);
        await unit.SaveAsync(cancellationToken);
        await ContentChanges.NotifyAsync(listeners, tenant.Tenant.Name, unit, cancellationToken);
    }
}
