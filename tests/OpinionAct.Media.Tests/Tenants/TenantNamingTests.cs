using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Tests.Tenants;

public sealed class TenantNamingTests
{
    [Theory]
    [InlineData("acme")]
    [InlineData("acme-energie")]
    [InlineData("brand2026")]
    [InlineData("a1-b2-c3")]
    public void Name_should_be_accepted_when_lowercase_slug(string name) => Assert.Null(TenantNaming.ValidateName(name));

    [Theory]
    [InlineData("Acme", "invalid")]
    [InlineData("my brand", "invalid")]
    [InlineData("..", "invalid")]
    [InlineData("../etc", "invalid")]
    [InlineData("acme--energie", "invalid")]
    [InlineData("-acme", "invalid")]
    [InlineData("acme-", "invalid")]
    [InlineData("2acme", "invalid")]
    [InlineData("énergie", "invalid")]
    [InlineData("admin", "reserved")]
    [InlineData("api", "reserved")]
    [InlineData("health", "reserved")]
    [InlineData("default", "reserved")]
    [InlineData("", "required")]
    [InlineData("   ", "required")]
    [InlineData("abcdefghijabcdefghijabcdefghijabcdefghijk", "too long")]
    public void Name_should_be_refused_with_reason_when_not_a_safe_slug(string name, string reason)
    {
        var error = TenantNaming.ValidateName(name);

        Assert.NotNull(error);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Brand.Example.COM", "brand.example.com")]
    [InlineData(" localhost:5000 ", "localhost:5000")]
    [InlineData("*.example.com", "*.example.com")]
    [InlineData("example.com.", "example.com")]
    public void Host_should_be_normalized_when_valid(string host, string expected)
    {
        Assert.Equal(expected, TenantNaming.NormalizeHost(host, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("exa mple.com")]
    [InlineData("http://example.com")]
    [InlineData("example.com/path")]
    [InlineData("*example.com")]
    [InlineData("a.*.example.com")]
    [InlineData("")]
    public void Host_should_be_refused_when_not_a_host_name(string host)
    {
        TenantNaming.NormalizeHost(host, out var error);

        Assert.NotNull(error);
    }

    [Fact]
    public void Schema_name_should_be_prefixed_and_use_underscores() =>
        Assert.Equal("t_acme_energie", TenantNaming.SchemaName("acme-energie"));
}
