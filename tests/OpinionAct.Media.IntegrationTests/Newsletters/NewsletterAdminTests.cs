using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Content;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

public sealed class NewsletterAdminTests
{
    [Fact]
    public async Task Admin_should_create_edit_and_delete_newsletters_and_refuse_header_injection()
    {
        await using var h = await SubscriptionHost.StartAsync();
        await AdminClient.AddUserAsync(h.Storage, h.Tenant, "editor@brand.example", "Editor");
        var admin = await AdminClient.SignInAsync(h.Host.Client(), "brand", "editor@brand.example");

        var list = await admin.PageAsync("/newsletters");
        Assert.DoesNotContain("La quotidienne", await h.Host.Client().GetStringAsync("/brand/"), StringComparison.Ordinal);
        Assert.Contains("La lettre hebdo", list, StringComparison.Ordinal);

        var bad = await admin.PostFormAsync("/newsletters/new", "/newsletters/new", [new("Name", "Quotidienne\r\nBcc: x@y.example"), new("SenderName", "Brand"), new("SenderAddress", "bad address"), new("Slug", "hebdo")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var errors = await bad.Content.ReadAsStringAsync();
        Assert.Contains("une seule ligne", errors, StringComparison.Ordinal);
        Assert.Contains("utilise déjà", errors, StringComparison.Ordinal);
        Assert.Equal(2, await h.DbAsync(db => db.Newsletters.CountAsync()));

        var created = await admin.PostFormAsync("/newsletters/new", "/newsletters/new", [new("Name", "La quotidienne"), new("SenderName", "Énergies Claires"), new("SenderAddress", "Lettre@Énergies.example"), new("Cadence", "Chaque matin")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var daily = await h.DbAsync(db => db.Newsletters.AsNoTracking().SingleAsync(n => n.Slug == "la-quotidienne"));
        Assert.Equal("lettre@xn--nergies-9xa.example", daily.SenderAddress);

        var home = await h.Host.Client().GetStringAsync("/brand/");
        Assert.Contains("La quotidienne", home, StringComparison.Ordinal);

        var deleted = await admin.PostFormAsync("/newsletters", $"/newsletters/{daily.Id}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(2, await h.DbAsync(db => db.Newsletters.CountAsync()));
    }

    [Fact]
    public async Task Admin_should_refuse_to_delete_a_newsletter_whose_issues_were_sent_and_keep_them()
    {
        await using var h = await SubscriptionHost.StartAsync();
        await AdminClient.AddUserAsync(h.Storage, h.Tenant, "editor@brand.example", "Editor");
        var admin = await AdminClient.SignInAsync(h.Host.Client(), "brand", "editor@brand.example");
        var weekly = await h.DbAsync(db => db.Newsletters.AsNoTracking().SingleAsync(n => n.Slug == "hebdo"));
        await h.DbAsync(async db =>
        {
            db.NewsletterIssues.Add(new Data.Newsletters.NewsletterIssueRecord
            {
                NewsletterId = weekly.Id,
                Subject = "Le réseau sous tension",
                Status = Data.Newsletters.IssueStatus.Sent,
                MessageKey = "k1",
                CreatedUtc = DateTime.UtcNow,
                UpdatedUtc = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        var refused = await admin.PostFormAsync("/newsletters", $"/newsletters/{weekly.Id}/delete", []);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("record of what was mailed", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await h.DbAsync(db => db.NewsletterIssues.CountAsync()));
        Assert.True(await h.DbAsync(db => db.Newsletters.AnyAsync(n => n.Id == weekly.Id)));
    }

    [Fact]
    public async Task Mail_settings_should_route_the_tenant_through_its_own_smtp_server_and_never_show_the_password()
    {
        await using var h = await SubscriptionHost.StartAsync();
        using var own = new SmtpSink();
        await AdminClient.AddUserAsync(h.Storage, h.Tenant, "admin@brand.example", "Admin");
        var admin = await AdminClient.SignInAsync(h.Host.Client(), "brand", "admin@brand.example");

        var saved = await admin.PostFormAsync("/mail", "/mail", [new("SmtpHost", "127.0.0.1"), new("SmtpPort", own.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("SmtpTlsMode", "None"), new("SmtpPassword", "s3cret-p@ss"), new("ClickTracking", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await admin.PageAsync("/mail");
        Assert.DoesNotContain("s3cret-p@ss", page, StringComparison.Ordinal);
        var stored = await h.DbAsync(db => db.NewsletterSettings.AsNoTracking().SingleAsync());
        Assert.NotNull(stored.SmtpPasswordProtected);
        Assert.DoesNotContain("s3cret", stored.SmtpPasswordProtected, StringComparison.Ordinal);
        Assert.True(stored.ClickTracking);

        await SubscriptionHost.SubscribeAsync(h.Host.Client(), "own@reader.example", "hebdo");

        await Eventually.TrueAsync(() => Task.FromResult(own.Count == 1), TimeSpan.FromSeconds(15), "the confirmation through the tenant's server");
        Assert.Equal(0, h.Sink.Count);
    }

    [Fact]
    public async Task Recipe_step_should_create_or_update_newsletters_and_fail_whole_on_a_bad_one()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);
        var tenant = await host.CreateTenantAsync(prefix: "brand");
        var seed = new ContentSeed(host, tenant);
        var good = Path.Combine(storage.DataPath, "good.recipe.json");
        await File.WriteAllTextAsync(good, """
            { "name": "good", "steps": [ { "name": "newsletters", "Newsletters": [
              { "Slug": "hebdo", "Name": "La lettre hebdo", "Cadence": "Chaque mardi", "SenderName": "Brand", "SenderAddress": "lettre@brand.example" },
              { "Name": "Le mensuel", "SenderName": "Brand", "SenderAddress": "lettre@brand.example", "ReplyTo": "redaction@brand.example" } ] } ] }
            """);
        var bad = Path.Combine(storage.DataPath, "bad.recipe.json");
        await File.WriteAllTextAsync(bad, """
            { "name": "bad", "steps": [ { "name": "newsletters", "Newsletters": [
              { "Slug": "ok", "Name": "OK", "SenderName": "B", "SenderAddress": "b@brand.example" },
              { "Slug": "ko", "Name": "KO", "SenderName": "B\nBcc: x", "SenderAddress": "nope" } ] } ] }
            """);
        Task<List<string>> SlugsAsync() => seed.InTenantAsync(async sp => (await sp.GetRequiredService<NewsletterService>().ListAsync(default)).Select(n => n.Slug).Order(StringComparer.Ordinal).ToList());

        var first = await CliRunner.RunAsync(storage, "recipes", "run", "--tenant", tenant, "--recipe-file", good);
        var again = await CliRunner.RunAsync(storage, "recipes", "run", "--tenant", tenant, "--recipe-file", good);
        var refused = await CliRunner.RunAsync(storage, "recipes", "run", "--tenant", tenant, "--recipe-file", bad);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(["hebdo", "le-mensuel"], await SlugsAsync());
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("Newsletters[1]", refused.Out + refused.Error, StringComparison.Ordinal);
        Assert.Equal(["hebdo", "le-mensuel"], await SlugsAsync());
    }
}
