using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.Web.Deliverability.Admin;

/// <summary>
/// <c>/admin/newsletters/hygiene</c>: the complaint pause (Admins resume it) and re-permission campaigns (Admins and
/// Editors, who send the newsletters).
/// </summary>
internal static class AdminListHygieneEndpoints
{
    public static void MapAdminListHygiene(this AdminRoutes admin)
    {
        admin.Publishers.MapGet("/newsletters/hygiene", (AdminRequest r, ComplaintGuard guard, RepermissionService campaigns, NewsletterService newsletters, string? done, CancellationToken ct) =>
            PageAsync(r, guard, campaigns, newsletters, RepermissionInput.Default, done == "resumed" ? r.T("hygiene.resumed") : null, null, null, ct));
        admin.Publishers.MapPost("/newsletters/hygiene/repermission", RepermissionAsync);
        admin.Admins.MapPost("/newsletters/hygiene/resume", async (AdminRequest r, ComplaintGuard guard, RepermissionService campaigns, NewsletterService newsletters, CancellationToken ct) =>
            await guard.ResumeAsync(r.UserEmail ?? "?", ct)
                ? Results.Redirect($"{r.AdminBase}/newsletters/hygiene?done=resumed")
                : await PageAsync(r, guard, campaigns, newsletters, RepermissionInput.Default, null, r.T("hygiene.not_paused"), null, ct, StatusCodes.Status409Conflict));
    }

    private static async Task<IResult> RepermissionAsync(HttpContext http, AdminRequest r, ComplaintGuard guard, RepermissionService campaigns, NewsletterService newsletters, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var input = new RepermissionInput(form.Number("Newsletter") ?? -1, form.Number("OlderThanMonths") ?? -1, form.Number("AnswerWithinDays") ?? -1);
        try
        {
            if (form.Text("action") == "count")
            {
                var count = await campaigns.CountAsync(input.NewsletterId, input.OlderThanMonths, ct);
                return await PageAsync(r, guard, campaigns, newsletters, input, null, null, count, ct);
            }

            var started = await campaigns.StartAsync(input.NewsletterId, input.OlderThanMonths, input.AnswerWithinDays, r.UserEmail ?? "?", ct);
            return await PageAsync(r, guard, campaigns, newsletters, input, r.Text.Format("hygiene.started", started.Asked.ToString("N0", r.Culture)), null, null, ct);
        }
        catch (MediaValidationException ex)
        {
            return await PageAsync(r, guard, campaigns, newsletters, input, null, ex.Message, null, ct, StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> PageAsync(AdminRequest r, ComplaintGuard guard, RepermissionService campaigns, NewsletterService newsletters, RepermissionInput input,
        string? message, string? error, int? wouldAsk, CancellationToken ct, int status = StatusCodes.Status200OK) =>
        AdminView.Page<ListHygienePage>(new
        {
            Status = await guard.StatusAsync(ct),
            Campaigns = await campaigns.ListAsync(ct),
            Newsletters = await newsletters.ListAsync(ct),
            Input = input,
            WouldAsk = wouldAsk,
            Message = message,
            Error = error,
        }, status);
}
