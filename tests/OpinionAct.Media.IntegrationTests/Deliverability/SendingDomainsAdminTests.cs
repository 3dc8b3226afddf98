using System.Net;
using System.Text.RegularExpressions;

namespace OpinionAct.Media.IntegrationTests.Deliverability;

/// <summary>Issue 19: an Admin makes, rotates and removes a hub's DKIM keys on the sending domains page; refused input stores nothing.</summary>
public sealed partial class SendingDomainsAdminTests : IAsyncLifetime
{
    private DeliverabilityHub _hub = null!;

    public async Task InitializeAsync() => _hub = await DeliverabilityHub.CreateAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Admin_should_create_rotate_and_remove_keys_from_the_sending_domains_page()
    {
        var admin = await _hub.SignInAsync();
        var settings = await admin.PageAsync("/mail");

        var created = await admin.PostFormAsync("/mail/domains", "/mail/domains/keys", [new("Domain", "energies.example"), new("Selector", "")]);
        var first = (await _hub.KeysAsync()).Single();
        var afterCreate = WebUtility.HtmlDecode(await admin.PageAsync(Location(created)));
        var rotated = await admin.PostFormAsync("/mail/domains", "/mail/domains/keys", [new("Domain", "energies.example"), new("Selector", "Printemps")]);
        var afterRotate = DeliverabilityHub.DomainSection(await admin.PageAsync("/mail/domains"));
        var removedRetired = await admin.PostFormAsync("/mail/domains", "/mail/domains/remove", [new("Domain", "energies.example"), new("Selector", first.Selector)]);
        var askSigning = await admin.PostFormAsync("/mail/domains", "/mail/domains/remove", [new("Domain", "energies.example"), new("Selector", "printemps")]);
        var confirmPage = await askSigning.Content.ReadAsStringAsync();
        var keysWhileAsking = await _hub.KeysAsync();
        var confirmed = await admin.PostFormAsync("/mail/domains", "/mail/domains/remove", [new("Domain", "energies.example"), new("Selector", "printemps"), new("Confirm", "yes")]);

        Assert.Contains("/mail/admin/mail/domains", settings, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Matches("^m\\d{6}$", first.Selector);
        Assert.True(first.Signing);
        Assert.Contains($"Clé {first.Selector} créée pour energies.example", afterCreate, StringComparison.Ordinal);
        Assert.Contains($"<code>{first.Selector}._domainkey.energies.example</code>", afterCreate, StringComparison.Ordinal);
        Assert.Contains(first.RecordValue, afterCreate, StringComparison.Ordinal);
        // The zone file line: the 2048-bit key's value is split into quoted strings of at most 255 characters.
        Assert.Matches($"{first.Selector}\\._domainkey\\.energies\\.example\\. IN TXT \"v=DKIM1; k=rsa; p=[^\"]{{237}}\" \"[^\"]+\"</code>", afterCreate);
        Assert.Equal(HttpStatusCode.Redirect, rotated.StatusCode);
        Assert.Contains("Changer de clé", afterRotate, StringComparison.Ordinal);
        Assert.Matches("<code>printemps</code></td>\\s*<td><span class=\"status status-Ok\">Signe</span>", afterRotate);
        Assert.Matches($"<code>{first.Selector}</code></td>\\s*<td><span class=\"status ?\">Retirée</span>", afterRotate);
        Assert.Equal(HttpStatusCode.Redirect, removedRetired.StatusCode);
        Assert.Equal(HttpStatusCode.OK, askSigning.StatusCode);
        Assert.Contains("Supprimer la clé de signature ?", confirmPage, StringComparison.Ordinal);
        Assert.Contains("name=\"Confirm\" value=\"yes\"", confirmPage, StringComparison.Ordinal);
        Assert.Equal(["printemps"], keysWhileAsking.Select(k => k.Selector));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Empty(await _hub.KeysAsync());
        Assert.Equal(
        [
            $"dkim.created energies.example selector {first.Selector}",
            $"dkim.rotated energies.example selector printemps replaces {first.Selector}",
            $"dkim.removed energies.example selector {first.Selector}",
            "dkim.removed energies.example selector printemps",
        ], await _hub.AuditAsync());
    }

    [Theory]
    [InlineData("autre.example", "", "Ce site n'envoie pas depuis « autre.example » : les clés DKIM sont pour ses domaines d'envoi")]
    [InlineData("energies.example", "mauvais_sélecteur", "« mauvais_sélecteur » n'est pas un sélecteur valide")]
    [InlineData("energies.example", "a.-b", "« a.-b » n'est pas un sélecteur valide")]
    [InlineData("energies.example", "hiver", "Le sélecteur « hiver » est déjà utilisé pour energies.example")]
    public async Task Refused_key_should_show_the_reason_on_the_page_and_store_nothing(string domain, string selector, string reason)
    {
        await _hub.KeyAsync("hiver");
        var before = await _hub.KeysAsync();
        var admin = await _hub.SignInAsync();

        var response = await admin.PostFormAsync("/mail/domains", "/mail/domains/keys", [new("Domain", domain), new("Selector", selector)]);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains(reason, html, StringComparison.Ordinal);
        Assert.Equal(before, await _hub.KeysAsync());
        Assert.Equal(["dkim.created energies.example selector hiver"], await _hub.AuditAsync());
    }

    [Fact]
    public async Task Editor_should_be_refused_the_page_and_a_post_without_token_should_change_nothing()
    {
        var editor = await _hub.SignInAsync(DeliverabilityHub.Editor);
        var admin = await _hub.SignInAsync();

        var page = await editor.GetAsync("/mail/domains");
        var byEditor = await editor.PostFormAsync("/issues", "/mail/domains/keys", [new("Domain", "energies.example")]);
        var forged = await admin.Http.PostAsync(admin.Url("/mail/domains/keys"), new FormUrlEncodedContent([new("Domain", "energies.example")]));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byEditor.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Empty(await _hub.KeysAsync());
    }

    private static string Location(HttpResponseMessage response)
    {
        var location = response.Headers.Location!.ToString();
        return LocationPattern().Match(location).Groups[1].Value;
    }

    [GeneratedRegex("/mail/admin(/.*)$")]
    private static partial Regex LocationPattern();
}
