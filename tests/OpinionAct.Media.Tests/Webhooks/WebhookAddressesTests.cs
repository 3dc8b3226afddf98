using System.Net;
using OpinionAct.Media.Webhooks;

namespace OpinionAct.Media.Tests.Webhooks;

public sealed class WebhookAddressesTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("::1")]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("10.0.0.1")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("169.254.0.1")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.255")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("fd00:ec2::254")]
    [InlineData("fc00::1")]
    [InlineData("fe80::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a00:1")]
    public void Address_should_be_forbidden_when_internal(string address) =>
        Assert.True(WebhookAddresses.IsForbidden(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:93.184.216.34")]
    public void Address_should_be_allowed_when_public(string address) =>
        Assert.False(WebhookAddresses.IsForbidden(IPAddress.Parse(address)));

    [Theory]
    [InlineData("ftp://example.com/", "http and https")]
    [InlineData("javascript:alert(1)", "http and https")]
    [InlineData("http://user:pass@example.com/", "user name or password")]
    [InlineData("hooks.example.com/media", "not a valid absolute URL")]
    [InlineData("", "Give the URL")]
    public void Url_should_be_refused_when_not_plain_http(string url, string expected) =>
        Assert.Contains(expected, WebhookAddresses.CheckUrl(url, out _), StringComparison.Ordinal);

    [Fact]
    public void Url_should_be_accepted_when_http_or_https_with_a_host() =>
        Assert.Null(WebhookAddresses.CheckUrl("https://hooks.example.com/media?x=1", out _));
}
