using OpinionAct.Media.Deliverability;

namespace OpinionAct.Media.Tests.Deliverability;

public sealed class VerpTokenTests
{
    private static readonly byte[] Key = VerpToken.NewKey();

    [Fact]
    public void Token_should_carry_subscriber_and_issue_when_minted_with_the_same_key()
    {
        var token = VerpToken.Mint(Key, 123456, 789);

        Assert.Equal(VerpCheck.Valid, VerpToken.Verify(Key, token, out var subscriber, out var issue));
        Assert.Equal(123456, subscriber);
        Assert.Equal(789, issue);
        Assert.Equal(token.ToLowerInvariant(), token);
    }

    [Fact]
    public void Token_should_carry_no_issue_when_minted_for_transactional_mail()
    {
        Assert.Equal(VerpCheck.Valid, VerpToken.Verify(Key, VerpToken.Mint(Key, 5, null), out var subscriber, out var issue));
        Assert.Equal(5, subscriber);
        Assert.Null(issue);
    }

    [Fact]
    public void Address_should_fit_a_64_octet_local_part_when_ids_are_the_largest()
    {
        var token = VerpToken.Mint(Key, int.MaxValue, int.MaxValue);
        var address = new ReturnPath("b" + new string('o', BounceLocalPartMax - 1) + "@energies.example", Key).For(int.MaxValue, int.MaxValue);

        Assert.True(token.Length <= VerpToken.MaxLength, token);
        Assert.Equal(64, address.IndexOf('@', StringComparison.Ordinal));
    }

    [Fact]
    public void Token_should_be_refused_when_minted_with_another_tenants_key()
    {
        var other = VerpToken.Mint(VerpToken.NewKey(), 42, 7);

        Assert.Equal(VerpCheck.Forged, VerpToken.Verify(Key, other, out _, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("16-7")]
    [InlineData("16-7-aaaaaaaaaaaaaaaa")]
    [InlineData("0-7-aaaaaaaaaaaaaaaa")]
    [InlineData("zzzzzzzzz-7-aaaaaaaaaaaaaaaa")]
    [InlineData("16-7-aaaaaaaaaaaaaaaa-extra")]
    public void Token_should_be_refused_when_malformed_or_forged(string token) =>
        Assert.Equal(VerpCheck.Forged, VerpToken.Verify(Key, token, out _, out _));

    [Fact]
    public void Token_should_be_refused_when_its_ids_were_changed()
    {
        var token = VerpToken.Mint(Key, 42, 7);
        var altered = "43" + token[2..];

        Assert.Equal(VerpCheck.Forged, VerpToken.Verify(Key, altered, out _, out _));
    }

    [Fact]
    public void Token_should_be_accepted_when_an_mta_upper_cased_it()
    {
        var token = VerpToken.Mint(Key, 42, 7);

        Assert.Equal(VerpCheck.Valid, VerpToken.Verify(Key, token.ToUpperInvariant(), out var subscriber, out _));
        Assert.Equal(42, subscriber);
    }

    [Fact]
    public void FindIn_should_find_the_token_in_any_domain_when_the_local_part_matches()
    {
        var token = VerpToken.Mint(Key, 42, 7);

        Assert.Equal(token, VerpToken.FindIn(["lea@example.org", $"Bounces+{token}@other-brand.example"], "bounces"));
        Assert.Null(VerpToken.FindIn(["bounces@energies.example", "bouncesx+abc@energies.example"], "bounces"));
    }

    [Fact]
    public void ReturnPath_should_be_the_plain_address_when_verp_is_off()
    {
        var path = new ReturnPath("bounces@energies.example", null);

        Assert.Equal("bounces@energies.example", path.For(42, 7));
        Assert.Equal("bounces", path.LocalPart);
    }

    private const int BounceLocalPartMax = 64 - 1 - VerpToken.MaxLength;
}
