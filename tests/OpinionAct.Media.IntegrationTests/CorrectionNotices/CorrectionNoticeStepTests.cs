using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.CorrectionNotices;

/// <summary>
/// The <c>correctionNotices</c> step as an export writes it: a named correction with its dates is recorded as given, and
/// a key no correction has or a date that is not one is refused with its path, nothing applied.
/// </summary>
public sealed class CorrectionNoticeStepTests : IAsyncLifetime
{
    private const string Article = "dpe-coefficient-electricite-ce-qui-change";
    private TestStorage _storage = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        Assert.Equal(0, (await CliRunner.RunAsync(_storage, "tenants", "create", "--name", "brand", "--recipe", "demo-brand")).ExitCode);
    }

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task Step_should_record_the_exported_date_and_refuse_an_unknown_correction_or_a_bad_date()
    {
        var key = await DemoCorrectionKeyAsync();

        var unknown = await RunAsync(Notice("0123456789abcdef", "2026-10-01T08:00:00Z"));
        var badDate = await RunAsync(Notice(key, "le premier octobre"));
        var recorded = await RunAsync(Notice(key, "2026-10-01T08:00:00Z"));
        var again = await RunAsync(Notice(key, "2026-10-01T08:00:00Z"));
        await using var after = new MediaHost(_storage);
        var shown = await after.Client().GetStringAsync(new Uri($"/brand/{Article}", UriKind.Relative));

        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("has no correction with key '0123456789abcdef'", unknown.Out + unknown.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, badDate.ExitCode);
        Assert.Contains("'le premier octobre' is not a date", badDate.Out + badDate.Error, StringComparison.Ordinal);
        Assert.Equal(0, recorded.ExitCode);
        Assert.Equal(0, again.ExitCode);

        // The demo's own notice (10 September) stays the first; the recorded one exists once, whatever the reruns.
        Assert.Contains("lecteurs prévenus le <time datetime=\"2026-09-10T11:00:00&#x2B;02:00\">", shown, StringComparison.Ordinal);
        await using var db = after.Get<OpinionAct.Media.Data.MediaDatabase>().CreateTenantContext("brand");
        Assert.Equal(1, db.Set<OpinionAct.Media.Data.CorrectionNotices.CorrectionNoticeRecord>().Count(n => n.CreatedUtc == new DateTime(2026, 10, 1, 8, 0, 0, DateTimeKind.Utc)));
    }

    /// <summary>The key an export writes for the demo article's correction (<c>CorrectionKeys.Of</c> of its stored entry).</summary>
    private async Task<string> DemoCorrectionKeyAsync()
    {
        await using var host = new MediaHost(_storage);
        await using var db = host.Get<OpinionAct.Media.Data.MediaDatabase>().CreateTenantContext("brand");
        var article = db.Articles.Single(a => a.Path == Article);
        return OpinionAct.Media.Content.CorrectionKeys.Of(OpinionAct.Media.Web.Content.ContentJson.Corrections(article.CorrectionsJson).Single());
    }

    private async Task<CliResult> RunAsync(string json)
    {
        var file = Path.Combine(_storage.DataPath, Guid.NewGuid().ToString("n") + ".recipe.json");
        await File.WriteAllTextAsync(file, json);
        return await CliRunner.RunAsync(_storage, "recipes", "run", "--tenant", "brand", "--recipe-file", file, "--json");
    }

    private static string Notice(string key, string notified) => $$"""
        { "name": "notices", "steps": [ { "name": "correctionNotices", "Notices": [ {
          "Article": "{{Article}}", "Correction": "{{key}}", "Newsletter": "hebdo", "IssueSubject": "Numéro de septembre",
          "IssueSentUtc": "2026-09-08T07:00:00Z", "NotifiedUtc": "{{notified}}", "Readers": 3 } ] } ] }
        """;
}
