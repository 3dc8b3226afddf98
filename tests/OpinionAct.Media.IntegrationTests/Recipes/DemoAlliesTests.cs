using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Recipes;

/// <summary>Issue 18 on the demo hub: a newcomer sees a fact-check with its ClaimReview, a verified guest expert, and answered questions.</summary>
public sealed class DemoAlliesTests
{
    [Fact]
    public async Task Demo_recipe_should_show_fact_checks_a_verified_guest_expert_and_answered_questions()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("demo", prefix: "demo", recipe: "demo-brand");
        var reader = host.Client();

        var topic = await reader.GetStringAsync(new Uri("/demo/topics/renovation", UriKind.Relative));
        var article = await reader.GetStringAsync(new Uri("/demo/dpe-coefficient-electricite-ce-qui-change", UriKind.Relative));
        var guest = await reader.GetStringAsync(new Uri("/demo/experts/ines-garnier", UriKind.Relative));

        Assert.Contains("Vérifications des faits sur ce thème", topic, StringComparison.Ordinal);
        Assert.Contains("href=\"/demo/dpe-coefficient-electricite-ce-qui-change#fact-check-1\"", topic, StringComparison.Ordinal);
        Assert.Contains("FAQPage", topic, StringComparison.Ordinal);
        Assert.Contains("id=\"fact-check-2\"", article, StringComparison.Ordinal);
        Assert.Contains("ClaimReview", article, StringComparison.Ordinal);
        Assert.Contains("/demo/experts/ines-garnier", article, StringComparison.Ordinal);
        Assert.Contains("Experte invitée", guest, StringComparison.Ordinal);
        Assert.Contains("Observatoire régional de l&#x27;habitat", guest.Replace("&#39;", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(3, CountOf(guest, "vérifié par la rédaction le"));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
