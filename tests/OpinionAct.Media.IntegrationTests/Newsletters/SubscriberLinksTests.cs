using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Subscriptions;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

public sealed class SubscriberLinksTests
{
    [Fact]
    public async Task UnsubscribeHeaders_should_carry_https_and_one_click_and_read_back_only_at_their_tenant()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage, new Dictionary<string, string?>
        {
            ["Media:Subscriptions:PublicBaseUrl"] = "https://media.example.com",
            ["Media:Subscriptions:UnsubscribeMailDomain"] = "bounce.example.com",
        });
        var tenant = await host.CreateTenantAsync(prefix: "brand");
        var other = await host.CreateTenantAsync(prefix: "other");
        var links = host.Get<SubscriberLinks>();

        var headers = links.UnsubscribeHeaders(tenant, 7, 3);

        Assert.Equal("List-Unsubscribe=One-Click", headers["List-Unsubscribe-Post"]);
        var value = headers["List-Unsubscribe"];
        Assert.StartsWith("<https://media.example.com/brand/newsletters/unsubscribe?token=", value, StringComparison.Ordinal);
        Assert.Contains(", <mailto:unsubscribe@bounce.example.com?subject=unsubscribe-", value, StringComparison.Ordinal);
        var token = value[(value.IndexOf("token=", StringComparison.Ordinal) + 6)..value.IndexOf('>', StringComparison.Ordinal)];
        Assert.Equal((7, 3), links.ReadUnsubscribe(tenant, token));
        Assert.Null(links.ReadUnsubscribe(other, token));
        Assert.Null(links.ReadManage(tenant, token));

        var manage = links.ManageUrl(tenant, 7);
        Assert.StartsWith("https://media.example.com/brand/newsletters/manage?token=", manage, StringComparison.Ordinal);
        Assert.Equal(7, links.ReadManage(tenant, manage[(manage.IndexOf('=', StringComparison.Ordinal) + 1)..]));
    }

    [Fact]
    public async Task Links_should_read_as_forged_at_a_tenant_created_again_under_the_same_name()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);
        var tenant = await host.CreateTenantAsync(name: "phoenix", prefix: "phoenix");
        var links = host.Get<SubscriberLinks>();
        var manage = links.ManageUrl(tenant, 1);
        var token = manage[(manage.IndexOf('=', StringComparison.Ordinal) + 1)..];
        Assert.Equal(1, links.ReadManage(tenant, token));

        await host.Provisioner.RemoveAsync(tenant, default);
        await Task.Delay(5);
        await host.CreateTenantAsync(name: "phoenix", prefix: "phoenix");
        await host.Get<Web.Tenancy.TenantRegistry>().RefreshAsync(default);

        Assert.Null(links.ReadManage(tenant, token));
    }

    [Fact]
    public void BaseUrl_should_use_the_tenant_host_when_it_has_one()
    {
        var tenant = new TenantDescriptor { Name = "b", DisplayName = "B", Hosts = ["*.brand.test", "news.brand.test"], Prefix = null };

        Assert.Equal("https://news.brand.test", SubscriberLinks.BaseUrl(tenant, "https://media.example.com/"));
        Assert.Equal("https://media.example.com/b", SubscriberLinks.BaseUrl(tenant with { Hosts = [], Prefix = "b" }, "https://media.example.com"));
    }
}
