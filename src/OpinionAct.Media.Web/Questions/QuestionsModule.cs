using OpinionAct.Media.Data.Questions;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Web.Apis;
using OpinionAct.Media.Web.Questions.Admin;
using OpinionAct.Media.Web.Questions.Api;
using OpinionAct.Media.Web.Questions.Recipes;
using OpinionAct.Media.Web.Subscriptions;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Questions;

/// <summary>
/// Reader questions (listening): the "ask our experts" form and <c>POST /api/questions</c>, the asker's double opt-in
/// and single answer email, the moderation queue, and the answered questions the topic and expert pages publish.
/// </summary>
internal sealed class QuestionsModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddOptions<QuestionOptions>().BindConfiguration(QuestionOptions.SectionName);
        services.AddScoped<QuestionStore>();
        services.AddScoped<QuestionService>();
        services.AddScoped<QuestionMailer>();
        services.AddScoped<IOutboxMail, QuestionAnswerMail>();
        services.AddScoped<IOutboxMail, QuestionConfirmMail>();
        services.AddSingleton<QuestionMailSweep>();
        services.AddSingleton<ITenantJob>(sp => sp.GetRequiredService<QuestionMailSweep>());
        services.AddScoped<QuestionPages>();
        services.AddSingleton<QuestionLinks>();
        services.AddSingleton<QuestionThrottle>();
        services.AddScoped<IRecipeStepHandler, QuestionsStep>();
    }

    public void MapHub(HubRoutes hub) => hub.PerReader.MapQuestions();

    public void MapAdmin(AdminRoutes admin) => admin.MapAdminQuestions();

    public void MapApi(ApiRoutes api) => AdminQuestionsApi.Map(api);
}
