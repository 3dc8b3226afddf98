using OpinionAct.Media.Data.CorrectionNotices;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Web.CorrectionNotices.Admin;
using OpinionAct.Media.Web.CorrectionNotices.Recipes;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.Web.CorrectionNotices;

/// <summary>
/// Correction notices (trust by proof): after a correction, the readers who received an issue listing the article
/// are told once, through the newsletters' send queue, and the article's public log says when.
/// </summary>
internal sealed class CorrectionNoticesModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<CorrectionNoticeStore>();
        services.AddScoped<CorrectionNoticeService>();
        services.AddScoped<IRecipeStepHandler, CorrectionNoticesStep>();
    }

    public void MapAdmin(AdminRoutes admin) => admin.MapAdminCorrectionNotices();
}
