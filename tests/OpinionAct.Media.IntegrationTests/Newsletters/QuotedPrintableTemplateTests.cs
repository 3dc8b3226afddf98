using System.Text;
using MimeKit.Encodings;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

public sealed class QuotedPrintableTemplateTests
{
    private const string Manage = IssueMessageTemplate.ManagePlaceholder;
    private const string Unsubscribe = IssueMessageTemplate.UnsubscribePlaceholder;

    /// <summary>Accents, '=' in attributes, a line far over 76 characters, trailing spaces, a leading dot, both placeholders.</summary>
    private static readonly string Body = string.Join("\r\n",
        "<!doctype html><html lang=\"fr\"><body style=\"margin:0;padding:0\">",
        "<p style=\"margin:0 0 16px;\">Énergies : la rénovation thermique, où en est-on ? " + string.Concat(Enumerable.Repeat("Un paragraphe très long à couper. ", 12)) + "</p>",
        "trailing spaces   ",
        ".a line that starts with a dot\ttab",
        $"<a href=\"{Manage}\" style=\"color:#1d4f91\">Gérer mes abonnements</a> · <a href=\"{Unsubscribe}\">Me désabonner</a>",
        $"Unsubscribe: {Unsubscribe}",
        "€ 😀 fin");

    private static string Decode(byte[] encoded)
    {
        var decoder = new QuotedPrintableDecoder();
        var output = new byte[decoder.EstimateOutputLength(encoded.Length)];
        return Encoding.UTF8.GetString(output, 0, decoder.Decode(encoded, 0, encoded.Length, output));
    }

    [Fact]
    public void Template_should_decode_to_the_body_with_each_recipients_links_when_filled()
    {
        var template = new QuotedPrintableTemplate(Body, Manage, Unsubscribe);

        var first = template.Fill("https://hub.example/newsletters/manage?token=AAA&amp;x=1", "https://hub.example/newsletters/unsubscribe?token=BBB");
        var second = template.Fill("https://hub.example/newsletters/manage?token=CCC", "https://hub.example/newsletters/unsubscribe?token=DDD");

        Assert.Equal(
            Body.Replace(Manage, "https://hub.example/newsletters/manage?token=AAA&amp;x=1", StringComparison.Ordinal).Replace(Unsubscribe, "https://hub.example/newsletters/unsubscribe?token=BBB", StringComparison.Ordinal),
            Decode(first));
        Assert.Equal(
            Body.Replace(Manage, "https://hub.example/newsletters/manage?token=CCC", StringComparison.Ordinal).Replace(Unsubscribe, "https://hub.example/newsletters/unsubscribe?token=DDD", StringComparison.Ordinal),
            Decode(second));
        Assert.DoesNotContain("AAA", Decode(second), StringComparison.Ordinal);
    }

    [Fact]
    public void Template_should_give_the_bytes_of_encoding_the_whole_filled_body_when_only_some_lines_are_filled_per_recipient()
    {
        var template = new QuotedPrintableTemplate(Body, Manage, Unsubscribe);
        const string manage = "https://hub.example/newsletters/manage?token=" + "Zm9vYmFy0123456789-_" + "Zm9vYmFy0123456789-_";
        var filled = Body.Replace(Manage, manage, StringComparison.Ordinal).Replace(Unsubscribe, "https://u.example/x", StringComparison.Ordinal);

        var wholeAtOnce = new QuotedPrintableTemplate(filled).Fill();

        Assert.Equal(Encoding.ASCII.GetString(wholeAtOnce), Encoding.ASCII.GetString(template.Fill(manage, "https://u.example/x")));
    }

    [Fact]
    public void Template_should_write_seven_bit_CRLF_lines_of_at_most_76_characters_with_trailing_blanks_encoded()
    {
        var encoded = new QuotedPrintableTemplate(Body, Manage, Unsubscribe).Fill("https://m.example/" + new string('m', 300), "https://u.example/");
        var text = Encoding.ASCII.GetString(encoded);
        var lines = text.Split("\r\n");

        Assert.All(encoded, b => Assert.True(b is (>= 32 and < 127) or (byte)'\r' or (byte)'\n' or (byte)'\t'));
        Assert.Equal(text.Count(c => c == '\n'), lines.Length - 1);
        Assert.All(lines, line => Assert.True(line.Length <= 76, $"{line.Length}: {line}"));
        Assert.All(lines, line => Assert.False(line.EndsWith(' ') || line.EndsWith('\t'), line));
        Assert.Contains("spaces  =20", Encoding.ASCII.GetString(encoded), StringComparison.Ordinal);
    }
}
