using OpinionAct.Media.Ambassadors;
using OpinionAct.Media.Analytics;

namespace OpinionAct.Media.Tests.Ambassadors;

public sealed class AmbassadorCodeTests
{
    private static readonly byte[] Secret = Enumerable.Range(1, AmbassadorCode.SecretBytes).Select(i => (byte)i).ToArray();

    [Fact]
    public void Code_should_verify_for_its_ambassador_and_hub_and_be_the_same_every_time()
    {
        var code = AmbassadorCode.Create(Secret, "energies", 7);
        Assert.Equal(code, AmbassadorCode.Create(Secret, "energies", 7));
        Assert.StartsWith("7-", code, StringComparison.Ordinal);
        Assert.Equal(7, AmbassadorCode.ClaimedId(code));
        Assert.True(AmbassadorCode.Verify(Secret, "energies", 7, code));
        Assert.True(AmbassadorCode.Verify(Secret, "energies", 7, code.ToUpperInvariant()));
    }

    [Fact]
    public void Code_should_not_verify_when_forged_moved_to_another_id_or_another_hub()
    {
        var code = AmbassadorCode.Create(Secret, "energies", 7);
        var other = Secret.ToArray();
        other[0] ^= 1;
        Assert.False(AmbassadorCode.Verify(Secret, "other-hub", 7, code));
        Assert.False(AmbassadorCode.Verify(other, "energies", 7, code));
        Assert.False(AmbassadorCode.Verify(Secret, "energies", 8, "8" + code[1..]));
        Assert.False(AmbassadorCode.Verify(Secret, "energies", 7, code[..^1] + (code[^1] == 'a' ? 'b' : 'a')));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("7-short")]
    [InlineData("-0123456789abcdef")]
    [InlineData("0-0123456789abcdef")]
    [InlineData("x-0123456789abcdef")]
    [InlineData("<script>alert(1)</script>")]
    public void Claimed_id_should_be_null_when_the_text_is_not_shaped_like_a_code(string? text) =>
        Assert.Null(AmbassadorCode.ClaimedId(text));

    [Fact]
    public void Validator_should_carry_the_page_urls_amb_parameter_unverified_and_ignore_an_oversized_one()
    {
        var errors = new Dictionary<string, string[]>();
        var events = EventValidator.Validate(
            [
                new TrackedEventInput { Type = "pageview", Url = "https://hub.example/article?utm_source=x&amb=7-0123456789abcdef" },
                new TrackedEventInput { Type = "pageview", Url = "https://hub.example/article?amb=" + new string('9', 300) },
                new TrackedEventInput { Type = "pageview", Url = "https://hub.example/article" },
            ],
            url => url.AbsolutePath.Trim('/'),
            errors);
        Assert.Empty(errors);
        Assert.Equal(["7-0123456789abcdef", null, null], events.Select(e => e.AmbassadorCode));
    }

    [Theory]
    [InlineData(null, "Partner", "a@b.example")]
    [InlineData("Léa", "Friend", "a@b.example")]
    [InlineData("Léa", "1", "a@b.example")]
    [InlineData("Léa", "Reader", "Léa <a@b.example>")]
    [InlineData("Léa", "Reader", "not an address")]
    [InlineData("Léa\nMartin", "Reader", "a@b.example")]
    public void Rules_should_refuse_with_a_sentence_when_a_field_is_wrong(string? name, string kind, string email) =>
        Assert.EndsWith(".", Assert.Throws<MediaValidationException>(() => AmbassadorRules.Check(name, kind, email)).Message, StringComparison.Ordinal);

    [Fact]
    public void Months_should_report_on_the_previous_month_and_be_due_on_the_first_at_six()
    {
        var now = new DateTimeOffset(2027, 1, 1, 6, 5, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 12, 1), AmbassadorMonths.PreviousMonth(now));
        Assert.Equal(new DateTimeOffset(2027, 2, 1, 6, 0, 0, TimeSpan.Zero), AmbassadorMonths.NextDue(now));
        Assert.Equal(new DateOnly(2026, 12, 31), AmbassadorMonths.LastDay(new DateOnly(2026, 12, 1)));
    }
}
