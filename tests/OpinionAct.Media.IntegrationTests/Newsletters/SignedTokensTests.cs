using Microsoft.AspNetCore.DataProtection;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

public sealed class SignedTokensTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly ManualClock _clock = new();
    private readonly EphemeralDataProtectionProvider _provider = new();
    private readonly SignedTokens _tokens;

    public SignedTokensTests() => _tokens = new SignedTokens(_provider, _clock);

    [Fact]
    public void Token_should_give_back_its_payload_within_its_lifetime()
    {
        var token = _tokens.Create("demo", "confirm", "42:nonce", TimeSpan.FromHours(48));
        _clock.Now = _clock.Now.AddHours(47);

        Assert.Equal("42:nonce", _tokens.Read("demo", "confirm", token));
    }

    [Fact]
    public void Token_should_read_as_null_when_expired_of_another_tenant_or_purpose_or_altered()
    {
        var token = _tokens.Create("demo", "confirm", "42:nonce", TimeSpan.FromHours(48));

        Assert.Null(_tokens.Read("other", "confirm", token));
        Assert.Null(_tokens.Read("demo", "manage", token));
        Assert.Null(_tokens.Read("demo", "confirm", token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1]));
        Assert.Null(_tokens.Read("demo", "confirm", "not a token"));
        Assert.Null(_tokens.Read("demo", "confirm", null));
        _clock.Now = _clock.Now.AddHours(48).AddSeconds(1);
        Assert.Null(_tokens.Read("demo", "confirm", token));
    }

    [Fact]
    public void Token_should_judge_expiry_by_the_injected_clock_not_the_machine_clock_when_far_from_today()
    {
        _clock.Now = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var token = _tokens.Create("demo", "confirm", "7:n", TimeSpan.FromHours(1));

        Assert.Equal("7:n", _tokens.Read("demo", "confirm", token));
        _clock.Now = _clock.Now.AddHours(2);
        Assert.Null(_tokens.Read("demo", "confirm", token));
    }

    [Fact]
    public void Token_should_read_links_mailed_before_the_clock_fix_when_made_by_the_time_limited_protector()
    {
        _clock.Now = DateTimeOffset.UtcNow;
        var legacy = _provider.CreateProtector("OpinionAct.Media.Newsletters", "demo", "manage")
            .ToTimeLimitedDataProtector()
            .Protect("9", DateTimeOffset.UtcNow.AddDays(30));

        Assert.Equal("9", _tokens.Read("demo", "manage", legacy));
        _clock.Now = _clock.Now.AddDays(31);
        Assert.Null(_tokens.Read("demo", "manage", legacy));
    }
}
