using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Experts;

/// <summary>An expert's credentials, affiliation and conflicts of interest, and the editors' verified marks.</summary>
public sealed partial class ExpertProfileTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        await _host.CreateTenantAsync("news", prefix: "news");
        await AdminClient.AddUserAsync(_storage, "news", "admin@news.test", "Admin");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    private static KeyValuePair<string, string>[] Profile(string affiliation, params string[] verified) =>
    [
        new("Name", "Claire Dubois"), new("Slug", "claire-dubois"), new("JobTitle", "Climatologue"),
        new("Credentials", "Docteure en climatologie"), new("Affiliation", affiliation),
        new("ConflictsOfInterest", "Conseillère non rémunérée d'un syndicat d'énergie."),
        .. verified.Select(f => new KeyValuePair<string, string>($"Verified.{f}", "true")),
    ];

    [Theory]
    [InlineData("Expert")]
    [InlineData("Magazine")]
    public async Task Expert_page_should_show_profile_and_verified_mark_when_an_editor_verified_it(string theme)
    {
        var admin = await AdminClient.SignInAsync(_host.Client(), "news", "admin@news.test");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/settings", "/settings", [new("SiteName", "News"), new("Language", "fr"), new("Theme", theme), new("TimeZone", "Europe/Paris")])).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/experts/new", "/experts/new", Profile("Météo-France", "Affiliation"))).StatusCode);
        var first = await _host.Client().GetStringAsync(new Uri("/news/experts/claire-dubois", UriKind.Relative));
        var id = Regex.Match(await admin.PageAsync("/experts"), @"/admin/experts/(\d+)").Groups[1].Value;
        // Ticking a box on a value saved earlier verifies it.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/experts/{id}", $"/experts/{id}", Profile("Météo-France", "Affiliation", "Credentials"))).StatusCode);
        var page = await _host.Client().GetStringAsync(new Uri("/news/experts/claire-dubois", UriKind.Relative));
        var form = await admin.PageAsync($"/experts/{id}");
        var audit = await admin.PageAsync("/audit");

        Assert.DoesNotContain("vérifié par la rédaction", first, StringComparison.Ordinal);
        Assert.Contains("Météo-France", page, StringComparison.Ordinal);
        Assert.Contains("Liens d&#x27;intérêts", page, StringComparison.Ordinal);
        Assert.Contains("Conseillère non rémunérée", page, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(page, "class=\"expert-fact is-verified\""));
        Assert.Contains("vérifié par la rédaction le", page, StringComparison.Ordinal);
        Assert.Contains("Vérifié par admin@news.test le", form, StringComparison.Ordinal);
        Assert.Contains("expert.verified", audit, StringComparison.Ordinal);

        var person = JsonDocument.Parse(WebUtility.HtmlDecode(JsonLdPattern().Match(page).Groups[1].Value)).RootElement;
        Assert.Equal("Person", person.GetProperty("@type").GetString());
        Assert.Equal("Météo-France", person.GetProperty("affiliation").GetProperty("name").GetString());
        Assert.Equal("Docteure en climatologie", person.GetProperty("hasCredential").GetProperty("name").GetString());
        Assert.Contains("Conseillère non rémunérée", person.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verified_mark_should_be_cleared_and_audited_when_the_verified_field_changes()
    {
        var admin = await AdminClient.SignInAsync(_host.Client(), "news", "admin@news.test");
        await admin.PostFormAsync("/experts/new", "/experts/new", Profile("Météo-France"));
        var id = Regex.Match(await admin.PageAsync("/experts"), @"/admin/experts/(\d+)").Groups[1].Value;
        await admin.PostFormAsync($"/experts/{id}", $"/experts/{id}", Profile("Météo-France", "Affiliation"));
        var verified = await _host.Client().GetStringAsync(new Uri("/news/experts/claire-dubois", UriKind.Relative));

        // The form still ticks the box; the value changed, so the mark must go anyway.
        await admin.PostFormAsync($"/experts/{id}", $"/experts/{id}", Profile("Un lobby de l'énergie", "Affiliation"));
        var page = await _host.Client().GetStringAsync(new Uri("/news/experts/claire-dubois", UriKind.Relative));
        var audit = await admin.PageAsync("/audit");

        Assert.Contains("is-verified", verified, StringComparison.Ordinal);
        Assert.Contains("Un lobby de l&#x27;énergie", page, StringComparison.Ordinal);
        Assert.DoesNotContain("is-verified", page, StringComparison.Ordinal);
        Assert.Contains("expert.verification_cleared", audit, StringComparison.Ordinal);
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdPattern();
}
