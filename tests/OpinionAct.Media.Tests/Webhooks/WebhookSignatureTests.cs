using OpinionAct.Media.Webhooks;

namespace OpinionAct.Media.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Signature_should_be_the_hex_hmac_of_timestamp_dot_body_keyed_with_the_secret()
    {
        // Computed outside .NET: hmac.new(b'whsec_test', b'1796472000.{"a":1}', hashlib.sha256).hexdigest() in Python.
        var header = WebhookSignature.Header("whsec_test", Now.ToUnixTimeSeconds(), "{\"a\":1}");

        Assert.Equal("t=1796472000,v1=c0ed4cb7a0034449c0f73b35371c59c7753b18d7f28a9529e9eac87e871817ae", header);
    }

    [Fact]
    public void Verify_should_accept_the_right_secret_and_refuse_a_tampered_body_a_wrong_secret_or_an_old_timestamp()
    {
        const string body = "{\"id\":\"evt_1\",\"event\":\"article.published\"}";
        var header = WebhookSignature.Header("whsec_s3cret", Now.ToUnixTimeSeconds(), body);
        var tolerance = TimeSpan.FromMinutes(5);

        Assert.True(WebhookSignature.Verify("whsec_s3cret", header, body, Now.AddMinutes(2), tolerance));
        Assert.False(WebhookSignature.Verify("whsec_s3cret", header, body.Replace("published", "updated", StringComparison.Ordinal), Now, tolerance));
        Assert.False(WebhookSignature.Verify("whsec_other", header, body, Now, tolerance));
        Assert.False(WebhookSignature.Verify("whsec_s3cret", header, body, Now.AddMinutes(10), tolerance));
        Assert.False(WebhookSignature.Verify("whsec_s3cret", header.Replace("t=", "t=1", StringComparison.Ordinal), body, Now, tolerance));
        Assert.False(WebhookSignature.Verify("whsec_s3cret", null, body, Now, tolerance));
    }
}
