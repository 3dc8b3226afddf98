using OpinionAct.Media.Data.Ambassadors;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Ambassadors.Admin;
using OpinionAct.Media.Web.Ambassadors.Recipes;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Ambassadors;

/// <summary>
/// Ambassadors (allies): people and partners with a personal, signed, revocable share link; what arrives through it
/// is attributed to them by the tracker's page URL, without cookies; their figures in admin; their monthly email.
/// </summary>
internal sealed class AmbassadorsModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<AmbassadorStore>();
        services.AddScoped<AmbassadorService>();
        services.AddScoped<AmbassadorReportMailer>();
        services.AddSingleton<AmbassadorDirectory>();
        services.AddSingleton<AmbassadorLinks>();
        services.AddSingleton<AmbassadorReportJob>();
        services.AddSingleton<ITenantJob>(sp => sp.GetRequiredService<AmbassadorReportJob>());
        services.AddScoped<IRecipeStepHandler, AmbassadorsStep>();
    }

    public void MapHub(HubRoutes hub) => hub.PerReader.MapAmbassadorUnsubscribe();

    public void MapAdmin(AdminRoutes admin) => admin.MapAdminAmbassadors();
}
