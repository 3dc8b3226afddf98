using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
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

    [Fact]
    public async Task Token_should_read_as_null_when_its_key_is_revoked_even_though_its_protector_is_kept()
    {
        var keys = Directory.CreateTempSubdirectory("signed-tokens-keys");
        try
        {
            var services = new ServiceCollection();
            services.AddDataProtection().PersistKeysToFileSystem(keys);
            using var provider = services.BuildServiceProvider();
            var dataProtection = provider.GetRequiredService<IDataProtectionProvider>();
            var kept = new SignedTokens(dataProtection, TimeProvider.System);
            var before = kept.Create("demo", "manage", "9", TimeSpan.FromDays(30));
            Assert.Equal("9", kept.Read("demo", "manage", before));

            provider.GetRequiredService<IKeyManager>().RevokeAllKeys(DateTimeOffset.UtcNow, "key leaked");

            // Data Protection reloads its key ring in the background: wait until a new instance refuses the token.
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (new SignedTokens(dataProtection, TimeProvider.System).Read("demo", "manage", before) is not null && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            Assert.Null(new SignedTokens(dataProtection, TimeProvider.System).Read("demo", "manage", before));
            Assert.Null(kept.Read("demo", "manage", before));
            var after = kept.Create("demo", "manage", "10", TimeSpan.FromDays(30));
            Assert.Equal("10", kept.Read("demo", "manage", after));
        }
        finally
        {
            keys.Delete(recursive: true);
        }
    }
}
