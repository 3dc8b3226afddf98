using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Subscriptions;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>
/// Two nodes of a cluster (their own data folders, one PostgreSQL, the same shared master key): what one signs,
/// the other reads, because the key ring lives in the host database.
/// </summary>
public sealed class ClusterKeyRingTests : ClusterTestBase
{
    [PostgresFact]
    public async Task Editor_should_stay_signed_in_and_forms_should_post_when_requests_move_between_nodes()
    {
        await using var nodeA = StartNode(Storage.DataPath);
        await using var nodeB = StartNode(OtherDataPath);
        var tenant = await nodeA.CreateTenantAsync(prefix: "brand");
        await AdminClient.AddUserAsync(Storage, tenant, "editor@brand.test", "Editor");
        await nodeB.Get<TenantRegistry>().RefreshAsync(default);
        var browser = new BalancedBrowser();

        var form = await browser.SendAsync(nodeA, HttpMethod.Get, "/brand/admin/login");
        var token = AdminClient.Token(await form.Content.ReadAsStringAsync());
        var signIn = await browser.SendAsync(nodeB, HttpMethod.Post, "/brand/admin/login", [new("email", "editor@brand.test"), new("password", AdminClient.Password), token]);
        var onA = await browser.SendAsync(nodeA, HttpMethod.Get, "/brand/admin/articles");
        var onB = await browser.SendAsync(nodeB, HttpMethod.Get, "/brand/admin/articles");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.DoesNotContain("/login", signIn.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.True(onA.StatusCode == HttpStatusCode.OK, $"node A: {onA.StatusCode} {onA.Headers.Location}");
        Assert.True(onB.StatusCode == HttpStatusCode.OK, $"node B: {onB.StatusCode} {onB.Headers.Location}");
    }

    [PostgresFact]
    public async Task Signed_link_and_protected_secret_from_one_node_should_be_read_on_another()
    {
        await using var nodeA = StartNode(Storage.DataPath);
        await using var nodeB = StartNode(OtherDataPath);
        var tenant = await nodeA.CreateTenantAsync(prefix: "brand");
        await nodeB.Get<TenantRegistry>().RefreshAsync(default);

        var manage = nodeA.Get<SubscriberLinks>().ManageUrl(tenant, 42);
        var secret = nodeA.Get<IDataProtectionProvider>().CreateProtector("cluster-test").Protect("smtp password");

        Assert.Equal(42, nodeB.Get<SubscriberLinks>().ReadManage(tenant, manage[(manage.IndexOf("token=", StringComparison.Ordinal) + 6)..]));
        Assert.Equal("smtp password", nodeB.Get<IDataProtectionProvider>().CreateProtector("cluster-test").Unprotect(secret));
    }

    [PostgresFact]
    public async Task Key_ring_should_live_encrypted_in_the_host_database_and_not_in_data_folders_whenClustered()
    {
        await using var node = StartNode(Storage.DataPath);
        node.Get<IDataProtectionProvider>().CreateProtector("cluster-test").Protect("secret");

        await using var db = node.Get<MediaDatabase>().CreateHostContext();
        var keys = await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync();

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedKeyFileSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
        Assert.False(Directory.Exists(Path.Combine(Storage.DataPath, "keys")));
        Assert.False(File.Exists(Path.Combine(Storage.DataPath, "keyring-master.key")));
    }
}
