using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.IntegrationTests.Hosting;

public sealed class StartupLinksTests
{
    private static readonly TenantDescriptor Demo = new() { Name = "demo", DisplayName = "Énergies Claires", State = TenantState.Running, Prefix = "demo" };

    [Theory]
    [InlineData("http://127.0.0.1:49152", "http://127.0.0.1:49152")]
    [InlineData("http://[::]:8080", "http://localhost:8080")]
    [InlineData("http://0.0.0.0:8080", "http://localhost:8080")]
    [InlineData("http://+:80", "http://localhost")]
    [InlineData("http://localhost:5000/media", "http://localhost:5000/media")]
    public void Build_should_give_absolute_urls_a_browser_can_open_when_the_server_listens_on_an_address(string address, string origin)
    {
        var links = StartupLinks.Build([address], Demo);

        Assert.Equal(origin + "/admin", links.Console);
        Assert.Equal(origin + "/demo/", links.DemoSite);
        Assert.Equal(origin + "/demo/admin", links.DemoAdmin);
        Assert.Equal("users add --tenant demo --email E --role Admin", links.EditorCommand);
    }

    [Fact]
    public void Build_should_prefer_https_when_the_server_listens_on_both()
    {
        var links = StartupLinks.Build(["http://localhost:5000", "https://localhost:5001"], Demo);

        Assert.Equal("https://localhost:5001/admin", links.Console);
    }

    [Fact]
    public void Build_should_link_a_host_routed_demo_to_its_first_concrete_host()
    {
        var links = StartupLinks.Build(["http://localhost:5000"], Demo with { Prefix = null, Hosts = ["*.demo.test", "www.demo.test"] });

        Assert.Equal("http://www.demo.test/", links.DemoSite);
        Assert.Equal("http://www.demo.test/admin", links.DemoAdmin);
    }

    [Fact]
    public void Build_should_leave_out_the_demo_when_there_is_none()
    {
        var links = StartupLinks.Build(["http://localhost:5000"], demo: null);

        Assert.Equal("http://localhost:5000/admin", links.Console);
        Assert.Null(links.DemoSite);
        Assert.Null(links.EditorCommand);
    }

    [Fact]
    public void Build_should_fall_back_to_paths_when_no_address_can_be_opened()
    {
        var links = StartupLinks.Build(["http://unix:/run/media.sock"], Demo);

        Assert.Equal("/admin", links.Console);
        Assert.Equal("/demo/", links.DemoSite);
    }
}
