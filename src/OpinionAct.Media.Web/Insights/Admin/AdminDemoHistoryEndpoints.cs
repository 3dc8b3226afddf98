using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Insights.Demo;

namespace OpinionAct.Media.Web.Insights.Admin;

/// <summary>
/// Removing the demo hub's generated history (Admins only; the admin filter checks the antiforgery token of every
/// POST): only the generated days and their marker go, then the dashboard says so.
/// </summary>
internal static class AdminDemoHistoryEndpoints
{
    public static RouteGroupBuilder MapAdminDemoHistory(this RouteGroupBuilder admins)
    {
        admins.MapPost("/insights/demo/remove", async (AdminRequest r, DemoHistoryService demo, CancellationToken ct) =>
        {
            await demo.RemoveAsync(ct);
            return AdminLayout.Redirect(r, "/insights?demo=removed");
        });
        return admins;
    }
}
