using System.Text;
using MimeKit;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

public sealed class IssueWireTemplateTests
{
    private const string Manage = IssueMessageTemplate.ManagePlaceholder;
    private const string Unsubscribe = IssueMessageTemplate.UnsubscribePlaceholder;
    private static readonly DateTimeOffset SentAt = new(2026, 12, 7, 9, 30, 15, TimeSpan.Zero);

    private static readonly QuotedPrintableTemplate Html = new(string.Join("\n",
        "<!doctype html><html lang=\"fr\"><body>",
        "<p>Énergies : la rénovation thermique, où en est-on ? " + string.Concat(Enumerable.Repeat("Un paragraphe très long à couper. ", 6)) + "</p>",
        ".une ligne qui commence par un point",
        $"<a href=\"{Manage}\">Gérer</a> · <a href=\"{Unsubscribe}\">Me désabonner</a>",
        "</body></html>"), Manage, Unsubscribe);

    private static readonly QuotedPrintableTemplate Text = new($"Bonjour à tous\n\nGérer : {Manage}\nSe désabonner : {Unsubscribe}\n", Manage, Unsubscribe);

    /// <summary>An issue's message: what the hub's people wrote (accents, a subject long enough to fold), then what differs per reader.</summary>
    private static EmailMessage Message(string to, int subscriber) =>
        new(new EmailMailbox("Énergies Claires — la rédaction", "lettre@energies.example"), new EmailMailbox(null, to),
            "Chaleur renouvelable : où en est-on vraiment, région par région, après l'hiver ? Les chiffres commentés", string.Empty, string.Empty)
        {
            ReplyTo = new EmailMailbox("Rédaction", "redaction@energies.example"),
            MessageId = $"issue-7.{subscriber}.k3y{new string('k', 60)}@energies.example",
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["List-Unsubscribe"] = $"<https://demo.media.example/newsletters/unsubscribe?token=tok-{subscriber}-{new string('x', 90)}>, <mailto:unsubscribe@bounces.example?subject=unsubscribe-tok-{subscriber}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
                ["List-Id"] = "<hebdo.demo.energies.example>",
                ["Feedback-ID"] = "7:hebdo:demo:opinionact",
                ["Precedence"] = "bulk",
            },
            Encoded = new EncodedBodies(
                Html.Fill($"https://demo.media.example/newsletters/manage?token=m{subscriber}&amp;a=1", $"https://demo.media.example/u/{subscriber}"),
                Text.Fill($"https://demo.media.example/newsletters/manage?token=m{subscriber}&a=1", $"https://demo.media.example/u/{subscriber}")),
        };

    private static byte[] General(EmailMessage message)
    {
        var mime = MimeMessageBuilder.Build(message, SentAt);
        mime.Prepare(EncodingConstraint.SevenBit);
        using var bytes = new MemoryStream();
        mime.WriteTo(SmtpMailSession.Wire, bytes);
        return bytes.ToArray();
    }

    private static byte[] Prebuilt(IPrebuiltMessage prebuilt)
    {
        using var bytes = new MemoryStream();
        prebuilt.WriteTo(bytes, SentAt);
        return bytes.ToArray();
    }

    /// <summary>Each build of a multipart message draws its own boundary: the one thing two builds of the same message may differ by.</summary>
    private static string WithoutBoundary(byte[] wire)
    {
        var boundary = MimeMessage.Load(new MemoryStream(wire)).Body!.ContentType.Boundary!;
        return Encoding.ASCII.GetString(wire).Replace(boundary, "BOUNDARY", StringComparison.Ordinal);
    }

    [Fact]
    public void Prebuilt_message_should_be_byte_for_byte_the_general_paths_when_filled_for_another_reader()
    {
        var template = IssueWireTemplate.TryCreate(Message("first@reader.example", 1));
        var second = Message("second.reader+news@lecteurs.example", 22);

        var prebuilt = template?.For(second);

        Assert.NotNull(prebuilt);
        Assert.Equal(WithoutBoundary(General(second)), WithoutBoundary(Prebuilt(prebuilt)));
    }

    [Fact]
    public void Prebuilt_message_should_read_back_as_the_readers_own_message()
    {
        var template = IssueWireTemplate.TryCreate(Message("first@reader.example", 1))!;

        var read = MimeMessage.Load(new MemoryStream(Prebuilt(template.For(Message("b@reader.example", 2))!)));

        Assert.Equal("b@reader.example", read.To.Mailboxes.Single().Address);
        Assert.Equal($"issue-7.2.k3y{new string('k', 60)}@energies.example", read.MessageId);
        Assert.Equal(SentAt, read.Date);
        Assert.Equal("Énergies Claires — la rédaction", read.From.Mailboxes.Single().Name);
        Assert.StartsWith("Chaleur renouvelable : où en est-on vraiment", read.Subject, StringComparison.Ordinal);
        Assert.Contains("tok-2-", read.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Contains("https://demo.media.example/u/2", read.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("token=m2&a=1", read.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("placeholder", Encoding.ASCII.GetString(Prebuilt(template.For(Message("b@reader.example", 2))!)), StringComparison.Ordinal);
    }

    [Fact]
    public void Template_should_leave_to_the_general_path_what_it_cannot_copy_out()
    {
        var template = IssueWireTemplate.TryCreate(Message("first@reader.example", 1))!;

        Assert.Null(template.For(Message("josé@reader.example", 3)));
        Assert.Null(template.For(Message("a@reader.example", 4) with { Encoded = null }));
        Assert.Null(IssueWireTemplate.TryCreate(Message("first@reader.example", 1) with { Subject = "Hello\r\nBcc: victim@example.com" }));
    }

    [Fact]
    public async Task Send_pass_should_hand_the_transport_prebuilt_messages_that_equal_the_built_ones_when_a_hub_sends_an_issue()
    {
        await using var storage = await TestStorage.CreateAsync("Sqlite");
        using var sink = new SmtpSink();
        await using var host = IssueSendingTests.Host(storage, sink.Settings(), worker: false);
        var name = await host.CreateTenantAsync(prefix: "lettres");
        var seed = new IssueSeed(host, name);
        var newsletter = await seed.NewsletterAsync();
        await seed.SubscribersAsync(newsletter, 2);
        var issue = await seed.IssueAsync(newsletter, subject: "Réseaux : ce qui change en 2027 pour les raccordements des quartiers denses et des zones rurales");
        await seed.QueueAsync(issue);
        var tenant = await IssueSendingTests.TenantAsync(host, name);
        var template = (await host.Get<IssueSender>().TemplateAsync(tenant, issue, CancellationToken.None))!;

        var messages = (await seed.DeliveriesAsync(issue)).Select(d => template.For(new ClaimedDelivery(d.Id, d.SubscriberId, d.Email, 1, long.MaxValue))).ToList();

        Assert.All(messages, message => Assert.NotNull(message.Prebuilt));
        Assert.All(messages, message => Assert.Equal(WithoutBoundary(General(message)), WithoutBoundary(Prebuilt(message.Prebuilt!))));
    }
}
