using OpinionAct.Media.Data.Audit;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Audit.Admin;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.Web.Audit;

/// <summary>
/// The audit log of each hub: <see cref="AuditTrail"/> (what other modules call), its store, and the
/// Admins' page <c>/admin/audit</c> with filters, paging and a CSV export.
/// </summary>
internal sealed class AuditModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<AuditStore>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditLogService>();
    }

    public void MapAdmin(AdminRoutes admin) => admin.Admins.MapAdminAudit();
}
