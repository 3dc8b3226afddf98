using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Content;
using OpinionAct.Media.Site;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>Writes content into a tenant through the same services the admin and recipes use.</summary>
public sealed class ContentSeed(MediaHost host, string tenantName)
{
    public static readonly ContentActor Editor = new("editor-1", new HashSet<string> { ContentActor.Editor });

    public async Task<T> InTenantAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        var tenant = await host.Get<ITenantStore>().FindAsync(tenantName, default) ?? throw new InvalidOperationException($"No tenant {tenantName}");
        await using var scope = host.Services.CreateTenantScope(tenant);
        return await work(scope.ServiceProvider);
    }

    public Task<int> TopicAsync(string name, string? slug = null, string? parent = null) =>
        InTenantAsync(async sp => (await sp.GetRequiredService<TopicService>().SaveAsync(null, new TopicDraft(name, slug, $"Tout sur {name}.", parent), Editor, default)).Id);

    public Task<int> ExpertAsync(string name, string? jobTitle = "Ingénieure thermicienne") =>
        InTenantAsync(async sp => (await sp.GetRequiredService<ExpertService>().SaveAsync(null, new ExpertDraft
        {
            Name = name,
            JobTitle = jobTitle,
            Credentials = "Docteure en énergétique",
            Bio = "Spécialiste de la **rénovation**.",
            Links = [new LinkView("LinkedIn", "https://www.linkedin.com/in/example")],
        }, Editor, default)).Id);

    public Task<int> ArticleAsync(ArticleDraft draft, bool publish = true, DateTimeOffset? at = null) =>
        InTenantAsync(async sp =>
        {
            var articles = sp.GetRequiredService<ArticleService>();
            var article = await articles.CreateAsync(draft, Editor, default);
            if (publish)
            {
                await articles.PublishAsync(article.Id, Editor, at, default);
            }

            return article.Id;
        });

    public static ArticleDraft Draft(string title, string[]? topics = null, string[]? experts = null) => new()
    {
        Title = title,
        Dek = $"L'essentiel sur {title.ToLowerInvariant()}.",
        Body = $"## Contexte\n\nLe sujet « {title} » mérite une explication claire et sourcée.",
        Topics = topics ?? [],
        Experts = experts ?? [],
        Sources = [new SourceEntry("Rapport annuel", "https://www.ademe.fr/", "ADEME", "La consommation baisse.")],
        Corrections = [],
    };
}
