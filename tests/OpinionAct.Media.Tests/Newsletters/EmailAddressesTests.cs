using OpinionAct.Media.Newsletters;

namespace OpinionAct.Media.Tests.Newsletters;

public sealed class EmailAddressesTests
{
    [Theory]
    [InlineData("  Lea.Martin+news@Example.COM ", "lea.martin+news@example.com")]
    [InlineData("lea@élysée.fr", "lea@xn--lyse-9oad.fr")]
    [InlineData("o'brien@reader.example", "o'brien@reader.example")]
    [InlineData("lea@mail.example.", "lea@mail.example")]
    public void Normalize_should_trim_lower_and_punycode_when_the_address_is_valid(string input, string expected)
    {
        Assert.Equal(expected, EmailAddresses.Normalize(input, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("lea@reader.example\r\nBcc: x@y.example")]
    [InlineData("lea@reader.example\nBcc: x@y.example")]
    [InlineData("lea@reader.example%0d%0aBcc:x@y.example")]
    [InlineData("lea reader@example.com")]
    [InlineData("\"lea\"@example.com")]
    [InlineData("lea@[127.0.0.1]")]
    [InlineData("lea@localhost")]
    [InlineData("lea@@example.com")]
    [InlineData("lea@exa_mple.com")]
    [InlineData(".lea@example.com")]
    [InlineData("le..a@example.com")]
    [InlineData("léa@example.com")]
    [InlineData("lea@-example.com")]
    [InlineData("lea@example.123")]
    [InlineData("<lea@example.com>")]
    [InlineData("Lea <lea@example.com>")]
    public void Normalize_should_refuse_malformed_and_hostile_addresses_with_a_sentence(string? input)
    {
        Assert.Null(EmailAddresses.Normalize(input, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.EndsWith(".", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_should_refuse_over_long_local_parts_and_addresses()
    {
        Assert.Null(EmailAddresses.Normalize(new string('a', 65) + "@example.com", out _));
        Assert.Null(EmailAddresses.Normalize("a@" + string.Join(".", Enumerable.Repeat(new string('b', 63), 4)) + ".com", out _));
        Assert.Null(EmailAddresses.Normalize(new string('a', 64) + "@" + string.Join(".", Enumerable.Repeat(new string('b', 60), 3)) + ".example", out var error));
        Assert.Contains("254", error, StringComparison.Ordinal);
        Assert.Null(EmailAddresses.Normalize(new string('a', 10_000) + "@example.com", out _));
    }
}
