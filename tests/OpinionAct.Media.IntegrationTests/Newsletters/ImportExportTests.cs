using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

public sealed class ImportExportTests
{
    public static TheoryData<string> Providers() => TestStorage.Providers();

    private const string Header = "email,newsletters,consent_text,consented_at\n";

    private static async Task<string> FileAsync(SubscriptionHost h, string csv)
    {
        var path = Path.Combine(h.Storage.DataPath, Guid.NewGuid().ToString("n") + ".csv");
        await File.WriteAllTextAsync(path, csv);
        return path;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_should_confirm_rows_with_consent_and_mail_the_others(string provider)
    {
        await using var h = await SubscriptionHost.StartAsync(provider);
        await h.SubscribeAndSuppressAsync("gone@reader.example");
        var path = await FileAsync(h, Header
            + "ana@reader.example,hebdo;mensuel,\"J'accepte, en connaissance de cause, de recevoir \"\"la lettre\"\".\",2025-03-01T09:30:00Z\n"
            + "ben@reader.example,hebdo,,\n"
            + "gone@reader.example,mensuel,,\n");

        var result = await h.CliAsync("subscribers", "import", "--tenant", h.Tenant, "--file", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(result.Out.Contains("2 row(s) imported: 1 confirmed with their consent, 1 pending (1 confirmation email(s) sent", StringComparison.Ordinal), result.ToString());
        var ana = await h.SubscriberAsync("ana@reader.example");
        Assert.All(ana!.Subscriptions, s => Assert.Equal(SubscriptionState.Confirmed, s.State));
        var consent = await h.DbAsync(db => db.SubscriberConsents.AsNoTracking().SingleAsync(c => c.SubscriberId == ana.Id));
        Assert.Equal("J'accepte, en connaissance de cause, de recevoir \"la lettre\".", consent.ConsentText);
        Assert.Equal(new DateTime(2025, 3, 1, 9, 30, 0, DateTimeKind.Utc), consent.ConfirmedUtc);
        Assert.Equal(ConsentSource.Import, consent.Source);
        Assert.Equal(SubscriptionState.Pending, (await h.SubscriberAsync("ben@reader.example"))!.Subscriptions.Single().State);
        var mail = Assert.Single(await h.WaitForMailAsync(1, "ben@reader.example"));
        await SubscriptionHost.FollowConfirmAsync(h.Host.Client(), SubscriptionHost.ConfirmLink(mail));
        Assert.Equal(SubscriptionState.Confirmed, (await h.SubscriberAsync("ben@reader.example"))!.Subscriptions.Single().State);
        Assert.DoesNotContain((await h.SubscriberAsync("gone@reader.example"))!.Subscriptions, s => s.Newsletter!.Slug == "mensuel");
    }

    [Fact]
    public async Task Import_should_report_broken_rows_by_line_and_write_nothing_unless_asked()
    {
        await using var h = await SubscriptionHost.StartAsync();
        var path = await FileAsync(h, Header
            + "ok@reader.example,hebdo,Consent text,2025-01-01T00:00:00Z\n"
            + "not an address,hebdo,,\n"
            + "x@reader.example,quotidien,,\n"
            + "y@reader.example,hebdo,Only the text,\n"
            + "ok@reader.example,mensuel,,\n"
            + "z@reader.example,hebdo,Future,2999-01-01T00:00:00Z\n"
            + "\"unclosed@reader.example,hebdo,,\n");

        var refused = await h.CliAsync("subscribers", "import", "--tenant", h.Tenant, "--file", path);

        Assert.Equal(1, refused.ExitCode);
        foreach (var line in new[] { "line 3:", "line 4: unknown newsletter(s): quotidien", "line 5: consent_text and consented_at go together", "line 6: ok@reader.example already appears on line 2", "line 7: consented_at", "line 8: a quoted field is not closed" })
        {
            Assert.Contains(line, refused.Error, StringComparison.Ordinal);
        }

        Assert.Equal(0, await h.DbAsync(db => db.Subscribers.CountAsync()));

        var partial = await h.CliAsync("subscribers", "import", "--tenant", h.Tenant, "--file", path, "--skip-invalid", "--json");
        Assert.True(partial.ExitCode == 0, partial.ToString());
        Assert.Equal(1, await h.DbAsync(db => db.Subscribers.CountAsync()));
        Assert.NotNull(await h.SubscriberAsync("ok@reader.example"));
    }

    [Fact]
    public async Task Export_should_write_a_file_that_imports_back_with_its_consent()
    {
        await using var h = await SubscriptionHost.StartAsync();
        var path = await FileAsync(h, Header + "ana@reader.example,hebdo,\"=HYPERLINK(\"\"http://evil.example\"\")\",2025-03-01T09:30:00Z\n");
        Assert.Equal(0, (await h.CliAsync("subscribers", "import", "--tenant", h.Tenant, "--file", path)).ExitCode);

        var export = await h.CliAsync("subscribers", "export", "--tenant", h.Tenant);

        Assert.Equal(0, export.ExitCode);
        var lines = export.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("email,newsletters,consent_text,consented_at,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("ana@reader.example,hebdo,\"'=HYPERLINK(\"\"http://evil.example\"\")\",2025-03-01T09:30:00Z,", lines[1], StringComparison.Ordinal);
    }
}
