using OpinionAct.Media.Deliverability;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Deliverability.Admin;

/// <summary>
/// The sending domains page (Admins), under the mail settings: each domain's DKIM keys (create, rotate, remove a
/// retired key, remove the signing key after a confirmation) and the DNS assistant, run when asked ("Check DNS") so
/// the page itself never waits for the DNS.
/// </summary>
internal static class AdminSendingDomainsEndpoints
{
    private const string Path = "/mail/domains";

    public static RouteGroupBuilder MapAdminSendingDomains(this RouteGroupBuilder admin)
    {
        admin.MapGet(Path, ShowAsync);
        admin.MapPost(Path + "/keys", CreateAsync);
        admin.MapPost(Path + "/remove", RemoveAsync);
        return admin;
    }

    private static async Task<IResult> ShowAsync(AdminRequest r, DkimKeyService keys, DomainSetupService setup, string? check, string? fresh, string? done, string? domain, string? selector, CancellationToken ct)
    {
        var reports = check == "1" ? await setup.CheckAllAsync(fresh == "1", ct) : null;
        var message = done switch
        {
            "created" => r.Text.Format("domains.done.created", selector, domain),
            "removed" => r.Text.Format("domains.done.removed", selector, domain),
            _ => null,
        };
        return await PageAsync(keys, setup, ct, reports: reports, message: message);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, AdminRequest r, DkimKeyService keys, DomainSetupService setup, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var domain = form.Text("Domain");
        var selector = form.Text("Selector");
        try
        {
            var key = await keys.CreateAsync(domain, selector.Length == 0 ? null : selector, ct);
            return AdminLayout.Redirect(r, $"{Path}?done=created&domain={Uri.EscapeDataString(key.Domain)}&selector={Uri.EscapeDataString(key.Selector)}");
        }
        catch (MediaValidationException ex)
        {
            return await PageAsync(keys, setup, ct, alert: ex.Message, typed: (domain, selector), status: StatusCodes.Status422UnprocessableEntity);
        }
    }

    /// <summary>A retired key goes at once; the signing key only once the confirmation was posted (its mail is unsigned after).</summary>
    private static async Task<IResult> RemoveAsync(HttpContext http, AdminRequest r, DkimKeyService keys, DomainSetupService setup, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var domain = form.Text("Domain").ToLowerInvariant();
        var selector = form.Text("Selector").ToLowerInvariant();
        var key = (await keys.ListAsync(ct)).FirstOrDefault(k => k.Domain == domain && k.Selector == selector);
        if (key is { Signing: true } && form.Text("Confirm") != "yes")
        {
            return await PageAsync(keys, setup, ct, confirm: key);
        }

        try
        {
            await keys.RemoveAsync(domain, selector, ct);
            return AdminLayout.Redirect(r, $"{Path}?done=removed&domain={Uri.EscapeDataString(domain)}&selector={Uri.EscapeDataString(selector)}");
        }
        catch (MediaValidationException ex)
        {
            return await PageAsync(keys, setup, ct, alert: ex.Message, status: StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static async Task<IResult> PageAsync(DkimKeyService keys, DomainSetupService setup, CancellationToken ct, IReadOnlyList<DomainSetupReport>? reports = null,
        string? message = null, string? alert = null, (string Domain, string Selector)? typed = null, DkimKeyView? confirm = null, int status = StatusCodes.Status200OK) =>
        AdminView.Page<SendingDomainsPage>(new
        {
            Domains = await keys.SendingDomainsAsync(ct),
            Keys = await keys.ListAsync(ct),
            Reports = reports,
            Message = message,
            Alert = alert,
            TypedDomain = typed?.Domain,
            TypedSelector = typed?.Selector,
            Confirm = confirm,
            CacheMinutes = (int)Math.Ceiling(setup.CacheDuration.TotalMinutes),
        }, status);
}
