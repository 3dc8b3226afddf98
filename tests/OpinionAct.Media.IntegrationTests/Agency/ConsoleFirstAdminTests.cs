using System.Net;
using OpinionAct.Media.IntegrationTests.Accounts;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.Security;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.IntegrationTests.Agency;

/// <summary>Issue 10: creating a hub from the console or the CLI can invite its first Admin by email, through the hub's own invitations.</summary>
public sealed class ConsoleFirstAdminTests
{
    [Fact]
    public async Task Creating_a_hub_should_email_its_first_admin_an_invitation_that_opens_on_the_new_hub()
    {
        await using var h = await AccountsHost.StartAsync();
        var client = await ConsoleSignIn.ClientAsync(h.Host);

        var created = await BrowserForm.PostAsync(client, "/admin", "/admin/tenants", new() { ["name"] = "nouvelle", ["adminEmail"] = "cheffe@marque.test" });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("invitation to become its Admin was emailed to cheffe@marque.test", Uri.UnescapeDataString(created.Headers.Location!.ToString()), StringComparison.Ordinal);
        var invitation = h.LastLink("cheffe@marque.test", "invitation");
        var page = await h.Host.Client().GetAsync(new Uri("/nouvelle/admin" + invitation, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("cheffe@marque.test", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_a_hub_should_be_refused_whole_when_the_first_admin_address_is_not_one()
    {
        await using var h = await AccountsHost.StartAsync();
        var client = await ConsoleSignIn.ClientAsync(h.Host);

        var refused = await BrowserForm.PostAsync(client, "/admin", "/admin/tenants", new() { ["name"] = "jamais", ["adminEmail"] = "pas une adresse" });

        Assert.Contains("not a valid email address", Uri.UnescapeDataString(refused.Headers.Location!.ToString()), StringComparison.Ordinal);
        Assert.Null(await h.Host.Get<ITenantStore>().FindAsync("jamais", default));
        Assert.Equal(0, h.Sink.Count);
    }

    [Fact]
    public async Task Cli_create_should_invite_the_first_admin_and_refuse_a_bad_address_before_creating_anything()
    {
        await using var h = await AccountsHost.StartAsync();
        var settings = h.Storage.Settings();
        foreach (var (key, value) in h.Sink.Settings())
        {
            settings[key] = value;
        }

        settings["Media:Accounts:MailFrom"] = "accounts@hub.test";
        async Task<(int Code, string Out, string Error)> Run(params string[] args)
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var code = await HostBuildGate.RunCliAsync(() => OpinionAct.Media.Web.Cli.MediaCli.RunAsync(args, stdout, stderr, new StringReader(string.Empty), settings));
            return (code, stdout.ToString(), stderr.ToString());
        }

        var refused = await Run("tenants", "create", "--name", "jamais", "--admin-email", "pas une adresse");
        var created = await Run("tenants", "create", "--name", "cli-hub", "--admin-email", "chef@marque.test");

        Assert.Equal(1, refused.Code);
        Assert.Contains("not a valid email address", refused.Error, StringComparison.Ordinal);
        Assert.Null(await h.Host.Get<ITenantStore>().FindAsync("jamais", default));
        Assert.True(created.Code == 0, created.Error);
        Assert.Contains("invitation to become its Admin was emailed to chef@marque.test", created.Out, StringComparison.Ordinal);
        Assert.Single(h.Links("chef@marque.test", "invitation"));
    }
}
