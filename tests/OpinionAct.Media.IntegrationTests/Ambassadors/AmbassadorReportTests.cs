using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using OpinionAct.Media.Ambassadors;
using OpinionAct.Media.Data.Ambassadors;
using OpinionAct.Media.IntegrationTests.Analytics;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Ambassadors;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Ambassadors;

/// <summary>The monthly email: each ambassador gets their own figures only, once, with a working unsubscribe.</summary>
public sealed class AmbassadorReportTests
{
    public static TheoryData<string> Providers() => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Monthly_email_should_carry_only_its_ambassadors_figures_and_be_sent_once_when_the_job_runs_again(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        using var sink = new SmtpSink();
        var clock = new AdjustableClock();
        var settings = sink.Settings().ToDictionary(kv => kv.Key, kv => kv.Value);
        settings["Media:Subscriptions:PublicBaseUrl"] = "http://localhost";
        await using var host = new MediaHost(storage, settings, clock, schedulerJobs: false);
        var tenant = await host.CreateTenantAsync(prefix: "brand");
        var seed = new ContentSeed(host, tenant);
        await seed.InTenantAsync(sp => sp.GetRequiredService<NewsletterService>().SaveAsync(null, new NewsletterDraft
        {
            Slug = "hebdo",
            Name = "La lettre hebdo",
            Cadence = "Chaque mardi",
            SenderName = "Énergies Claires",
            SenderAddress = "lettre@energies.example",
        }, ContentSeed.Editor, default));
        await seed.TopicAsync("Chaleur", "chaleur");
        var articleId = await seed.ArticleAsync(ContentSeed.Draft("Pompes à chaleur en hiver", ["chaleur"]), true);
        var path = await seed.InTenantAsync(sp => sp.GetRequiredService<Data.Tenant.TenantDbContext>().Articles.Where(a => a.Id == articleId).Select(a => a.Path).SingleAsync());

        var amina = await CreateAsync(seed, "Amina Belkacem", "amina@amb.example");
        var partner = await CreateAsync(seed, "Partenaire Énergie", "partner@amb.example");
        var traffic = new Traffic(host.Client(), "brand");
        for (var i = 0; i < 3; i++)
        {
            await traffic.SendAsync($"10.40.0.{i + 1}", new { type = "pageview", url = $"http://localhost/brand/{path}?amb={AmbassadorLinks.Code(tenant, amina)}" });
        }

        for (var i = 0; i < 7; i++)
        {
            await traffic.SendAsync($"10.41.0.{i + 1}", new { type = "pageview", url = $"http://localhost/brand/{path}?amb={AmbassadorLinks.Code(tenant, partner)}" });
        }

        // The first of next month: the job sends last month's reports; run twice at once and once more, one email each.
        clock.Advance(AmbassadorMonths.NextDue(clock.GetUtcNow()) - clock.GetUtcNow() + TimeSpan.FromMinutes(5));
        var job = host.Get<AmbassadorReportJob>();
        var descriptor = host.Get<TenantRegistry>().Table.Tenants.Single(t => t.Name == tenant);
        var next = await Task.WhenAll(job.RunAsync(descriptor, default), job.RunAsync(descriptor, default));
        await job.RunAsync(descriptor, default);
        Assert.All(next, due => Assert.Equal(AmbassadorMonths.NextDue(clock.GetUtcNow()), due));

        await Eventually.TrueAsync(() => Task.FromResult(sink.Count >= 2), TimeSpan.FromSeconds(10), "both reports received");
        await Task.Delay(300);
        var messages = sink.Messages;
        Assert.Equal(2, messages.Count);
        var toAmina = messages.Single(m => m.To.Mailboxes.Single().Address == "amina@amb.example");
        var toPartner = messages.Single(m => m.To.Mailboxes.Single().Address == "partner@amb.example");
        var aminaHtml = toAmina.HtmlBody ?? string.Empty;
        Assert.Contains("Amina Belkacem", aminaHtml, StringComparison.Ordinal);
        Assert.Matches(@"Pages vues</td>\s*<td[^>]*>3</td>", aminaHtml);
        Assert.DoesNotContain("Partenaire", aminaHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Partenaire", toAmina.TextBody ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(AmbassadorLinks.Code(tenant, partner), toAmina.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(AmbassadorLinks.Code(tenant, amina), toAmina.HtmlBody, StringComparison.Ordinal);
        Assert.Matches(@"Pages vues</td>\s*<td[^>]*>7</td>", toPartner.HtmlBody ?? string.Empty);
        Assert.DoesNotContain("Amina", toPartner.HtmlBody ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(2, await seed.InTenantAsync(sp => sp.GetRequiredService<Data.Tenant.TenantDbContext>().Set<AmbassadorReportRecord>().CountAsync(r => r.State == AmbassadorReportState.Sent)));

        // The unsubscribe headers work with RFC 8058's one-click POST: next month, only the partner is mailed.
        Assert.Equal("List-Unsubscribe=One-Click", toAmina.Headers["List-Unsubscribe-Post"]);
        var unsubscribe = new Uri(toAmina.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        using (var post = await host.Client().PostAsync(unsubscribe.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")])))
        {
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        }

        using (var forged = await host.Client().PostAsync("/brand/ambassadors/unsubscribe?token=forged", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        clock.Advance(TimeSpan.FromDays(31));
        await job.RunAsync(descriptor, default);
        await Eventually.TrueAsync(() => Task.FromResult(sink.Count >= 3), TimeSpan.FromSeconds(10), "next month's report received");
        await Task.Delay(300);
        Assert.Equal(3, sink.Count);
        var recipients = sink.Messages.Select(m => m.To.Mailboxes.Single().Address).ToList();
        Assert.Equal((1, 2), (recipients.Count(r => r == "amina@amb.example"), recipients.Count(r => r == "partner@amb.example")));
    }

    private static Task<AmbassadorRecord> CreateAsync(ContentSeed seed, string name, string email) =>
        seed.InTenantAsync(sp => sp.GetRequiredService<AmbassadorService>().CreateAsync(name, "Partner", email, null, "test", sp.GetRequiredService<AuditTrail>(), default));
}
