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
    private readonly SignedTokens _tokens;

    public SignedTokensTests() => _tokens = new SignedTokens(new EphemeralDataProtectionProvider(), _clock);

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
}
