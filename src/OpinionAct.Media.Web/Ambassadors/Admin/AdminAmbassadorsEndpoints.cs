using OpinionAct.Media.Data.Site;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Audit;

namespace OpinionAct.Media.Web.Ambassadors.Admin;

/// <summary>
/// <c>/admin/ambassadors</c> (Editors and Admins): the list with each one's share link and figures, creating one,
/// revoking a link, and one ambassador's figures per article shared.
/// </summary>
internal static class AdminAmbassadorsEndpoints
{
    public static void MapAdminAmbassadors(this AdminRoutes admin)
    {
        admin.Publishers.MapGet("/ambassadors", (AdminRequest r, AmbassadorService ambassadors, SiteStore site, int? days, string? done, CancellationToken ct) =>
            ListAsync(r, ambassadors, site, days, done is null ? null : r.T(done == "revoked" ? "ambassadors.revoked_done" : "ambassadors.created"), null, null, ct));
        admin.Publishers.MapPost("/ambassadors", CreateAsync);
        admin.Publishers.MapPost("/ambassadors/{id:int}/revoke", RevokeAsync);
        admin.Publishers.MapGet("/ambassadors/{id:int}", DetailAsync);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, AdminRequest r, AmbassadorService ambassadors, SiteStore site, AuditTrail audit, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var draft = new AmbassadorDraft(form.Text("amb_name"), form.Text("amb_kind"), form.Text("amb_email"), form.Number("amb_expert"));
        try
        {
            var created = await ambassadors.CreateAsync(draft.Name, draft.Kind, draft.Email, draft.ExpertId, r.UserEmail, audit, ct);
            return Results.Redirect($"{r.AdminBase}/ambassadors?done=created#ambassador-{created.Id}");
        }
        catch (MediaValidationException ex)
        {
            return await ListAsync(r, ambassadors, site, null, null, ex.Message, draft, ct, StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> RevokeAsync(int id, AdminRequest r, AmbassadorService ambassadors, SiteStore site, AuditTrail audit, CancellationToken ct)
    {
        try
        {
            await ambassadors.RevokeAsync(id, r.UserEmail, audit, ct);
            return Results.Redirect($"{r.AdminBase}/ambassadors?done=revoked#ambassador-{id}");
        }
        catch (MediaValidationException ex)
        {
            return await ListAsync(r, ambassadors, site, null, null, ex.Message, null, ct, StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> DetailAsync(int id, int? days, AdminRequest r, AmbassadorService ambassadors, CancellationToken ct)
    {
        if (await ambassadors.FindAsync(id, ct) is not { } ambassador)
        {
            return Results.NotFound();
        }

        var (span, from, to) = Period(r, days);
        return AdminView.Page<AmbassadorArticlesPage>(new
        {
            Ambassador = ambassador,
            Days = span,
            Articles = await ambassadors.ArticlesAsync(id, from, to, ct),
            Reports = await ambassadors.ReportsAsync(id, ct),
        });
    }

    private static async Task<IResult> ListAsync(AdminRequest r, AmbassadorService ambassadors, SiteStore site, int? days, string? message, string? error, AmbassadorDraft? draft, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        var (span, from, to) = Period(r, days);
        return AdminView.Page<AmbassadorsPage>(new
        {
            Days = span,
            Rows = await ambassadors.ListAsync(from, to, ct),
            Experts = await site.ExpertsAsync(ct),
            Draft = draft ?? new AmbassadorDraft(null, null, null, null),
            Message = message,
            Error = error,
        }, status);
    }

    /// <summary>The last <paramref name="days"/> whole UTC days up to today (the insights' days are UTC days too).</summary>
    private static (int Days, DateOnly From, DateOnly To) Period(AdminRequest r, int? days)
    {
        var span = Math.Clamp(days ?? 30, 1, 366);
        var to = DateOnly.FromDateTime(r.Now.UtcDateTime);
        return (span, to.AddDays(1 - span), to);
    }
}
