using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Tests.Tenants;

public sealed class TenantMatcherTests
{
    private static readonly TenantDescriptor[] Tenants =
    [
        Tenant("host-and-prefix", ["shared.example.com"], "blog"),
        Tenant("host-only", ["shared.example.com"], null),
        Tenant("prefix-only", [], "blog"),
        Tenant("other-prefix", [], "news"),
        Tenant("wildcard", ["*.brands.example"], null),
        Tenant("exact-under-wildcard", ["vip.brands.example"], null),
        Tenant("with-port", ["localhost:5001"], null),
        Tenant("disabled", [], "off", TenantState.Disabled),
    ];

    // Orchard Core's order: host and prefix, then host, then prefix, then the host tenant.
    [Theory]
    [InlineData("shared.example.com", "/blog/post", "host-and-prefix", "blog")]
    [InlineData("shared.example.com", "/news", "host-only", null)]
    [InlineData("shared.example.com", "/", "host-only", null)]
    [InlineData("SHARED.example.com:8080", "/Blog", "host-and-prefix", "blog")]
    [InlineData("anything.test", "/blog", "prefix-only", "blog")]
    [InlineData("anything.test", "/news/a/b", "other-prefix", "news")]
    [InlineData("anything.test", "/blogger", "Default", null)]
    [InlineData("a.brands.example", "/", "wildcard", null)]
    [InlineData("deep.a.brands.example", "/", "wildcard", null)]
    [InlineData("vip.brands.example", "/", "exact-under-wildcard", null)]
    [InlineData("brands.example", "/", "Default", null)]
    [InlineData("localhost:5001", "/", "with-port", null)]
    [InlineData("localhost:5002", "/", "Default", null)]
    [InlineData("anything.test", "/off/page", "disabled", "off")]
    [InlineData("anything.test", "/admin", "Default", null)]
    public void Match_should_follow_orchard_order(string host, string path, string expected, string? expectedPrefix)
    {
        var matcher = new TenantMatcher(Tenants, []);

        var match = matcher.Match(host, path);

        Assert.NotNull(match);
        Assert.Equal(expected, match.Value.Tenant.Name);
        Assert.Equal(expectedPrefix, match.Value.Prefix);
    }

    [Fact]
    public void Match_should_return_null_when_host_is_unknown_and_console_has_hosts()
    {
        var matcher = new TenantMatcher(Tenants, ["console.agency.test"]);

        Assert.Null(matcher.Match("stranger.test", "/"));
        Assert.Equal("Default", matcher.Match("console.agency.test", "/admin")?.Tenant.Name);
        Assert.Equal("prefix-only", matcher.Match("stranger.test", "/blog")?.Tenant.Name);
    }

    [Fact]
    public void Match_should_send_an_old_address_to_its_tenant_only_when_no_current_route_claims_it()
    {
        var moved = Tenant("moved", [], "now") with { OldAddresses = ["/then", "/taken", "old.test"] };
        var matcher = new TenantMatcher([moved, Tenant("taker", [], "taken"), Tenant("hosted", ["hosted.test"], null)], []);

        var byOldPrefix = matcher.Match("x.test", "/then/article");
        var byOldHost = matcher.Match("old.test", "/article");
        var currentWins = matcher.Match("x.test", "/taken/article");
        var hostWins = matcher.Match("hosted.test", "/then/article");

        Assert.Equal(("moved", "/then"), (byOldPrefix?.Tenant.Name, byOldPrefix?.MovedFrom));
        Assert.Equal(("moved", "old.test"), (byOldHost?.Tenant.Name, byOldHost?.MovedFrom));
        Assert.Equal(("taker", null), (currentWins?.Tenant.Name, currentWins?.MovedFrom));
        Assert.Equal(("hosted", null), (hostWins?.Tenant.Name, hostWins?.MovedFrom));
    }

    [Fact]
    public void Match_should_keep_disabled_tenant_so_it_never_falls_through_to_another()
    {
        var matcher = new TenantMatcher(Tenants, []);

        var match = matcher.Match("x.test", "/off");

        Assert.Equal(TenantState.Disabled, match?.Tenant.State);
    }

    [Fact]
    public void Candidate_hosts_should_list_most_specific_first()
    {
        Assert.Equal(
            ["a.b.example.com:81", "a.b.example.com", "*.b.example.com:81", "*.b.example.com", "*.example.com:81", "*.example.com", "*.com:81", "*.com"],
            TenantMatcher.CandidateHosts("A.b.example.com:81"));
    }

    private static TenantDescriptor Tenant(string name, string[] hosts, string? prefix, TenantState state = TenantState.Running) =>
        new() { Name = name, DisplayName = name, Hosts = hosts, Prefix = prefix, State = state };
}
