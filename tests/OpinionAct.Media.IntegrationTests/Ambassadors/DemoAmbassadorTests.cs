using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Ambassadors;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Insights.Demo;

namespace OpinionAct.Media.IntegrationTests.Ambassadors;

/// <summary>Issue 18 item 7 for ambassadors: the demo hub has ambassadors with figures, which go with the demo history.</summary>
public sealed class DemoAmbassadorTests
{
    [Fact]
    public async Task Demo_recipe_should_show_ambassadors_with_figures_and_remove_them_with_the_demo_history()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("demo", prefix: "demo", recipe: "demo-brand");
        var seed = new ContentSeed(host, "demo");
        await AdminClient.AddUserAsync(storage, "demo", "editor@demo.test", "Editor");
        var admin = await AdminClient.SignInAsync(host.Client(), "demo", "editor@demo.test");

        var page = await admin.PageAsync("/ambassadors?days=90");
        Assert.Contains("Amina Belkacem", page, StringComparison.Ordinal);
        Assert.Contains("Collectif Rénov&#x27; Quartiers", page, StringComparison.Ordinal);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var figures = await seed.InTenantAsync(sp => sp.GetRequiredService<AmbassadorStore>().TotalsAsync(today.AddDays(-90), today, null, default));
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.True(f.Views > 50 && f.Visitors > 0 && f.EngagedSeconds > 0 && f.SignupsAccepted > 0, $"{f}"));
        var amina = await seed.InTenantAsync(sp => sp.GetRequiredService<TenantDbContext>().Set<AmbassadorRecord>().SingleAsync(a => a.Name == "Amina Belkacem"));
        Assert.NotNull(amina.ExpertId);
        Assert.Contains("<td>", await admin.PageAsync($"/ambassadors/{amina.Id}?days=90"), StringComparison.Ordinal);

        await seed.InTenantAsync(sp => sp.GetRequiredService<DemoHistoryService>().RemoveAsync(default));
        Assert.Empty(await seed.InTenantAsync(sp => sp.GetRequiredService<AmbassadorStore>().TotalsAsync(today.AddDays(-90), today, null, default)));
    }
}
