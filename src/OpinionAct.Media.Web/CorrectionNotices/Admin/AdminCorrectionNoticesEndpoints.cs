using OpinionAct.Media.Content;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Audit;

namespace OpinionAct.Media.Web.CorrectionNotices.Admin;

/// <summary><c>POST /admin/articles/{id}/notices</c>: send a correction notice (Editors and Admins, antiforgery like every admin form).</summary>
internal static class AdminCorrectionNoticesEndpoints
{
    public static void MapAdminCorrectionNotices(this AdminRoutes admin) =>
        admin.Publishers.MapPost("/articles/{id:int}/notices", SendAsync);

    private static async Task<IResult> SendAsync(HttpContext http, int id, AdminRequest r, CorrectionNoticeService notices, AuditTrail audit, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var issueId = form.Number("issue") ?? 0;
        try
        {
            var count = await notices.SendAsync(id, form.Text("correction"), issueId, r.UserEmail, ct);
            await audit.RecordAsync(CorrectionNoticeActions.Notified, $"article {id}", $"issue {issueId}: {count} reader(s)", cancellationToken: ct);
            return AdminLayout.Redirect(r, $"/articles/{id}?notice={count}#correction-notices");
        }
        catch (ContentNotFoundException)
        {
            return Results.NotFound();
        }
        catch (MediaValidationException ex)
        {
            return AdminView.Page<CorrectionNoticeRefusedPage>(new { ArticleId = id, Error = ex.Message }, StatusCodes.Status400BadRequest);
        }
    }
}
