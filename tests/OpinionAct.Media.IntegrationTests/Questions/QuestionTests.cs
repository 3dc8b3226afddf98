using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Questions;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.Newsletters;

namespace OpinionAct.Media.IntegrationTests.Questions;

/// <summary>Reader questions over HTTP: asking (form and API), spam defences, moderation, publication and the asker's emails.</summary>
public sealed partial class QuestionTests
{
    private const string Editor = "editor@questions.test";

    private static async Task<SubscriptionHost> HubAsync(string provider, Dictionary<string, string?>? overrides = null)
    {
        var h = await SubscriptionHost.StartAsync(provider, overrides);
        await h.Seed.TopicAsync("Rénovation", "renovation");
        await AdminClient.AddUserAsync(h.Storage, h.Tenant, Editor, "Editor");
        return h;
    }

    private static Task<HttpResponseMessage> AskAsync(HttpClient client, string question, string? email = null, string topic = "renovation") =>
        client.PostAsJsonAsync("/brand/api/questions", new { question, email, topic });

    private static Task<List<QuestionRecord>> QuestionsAsync(SubscriptionHost h) =>
        h.DbAsync(db => db.Questions.AsNoTracking().OrderBy(q => q.Id).ToListAsync());

    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Ask_should_answer_429_when_one_client_sends_a_burst(string provider)
    {
        await using var h = await HubAsync(provider, new() { ["Media:Questions:PerClientPer10Minutes"] = "3" });
        var client = h.Host.Client();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await AskAsync(client, $"Question numéro {i} sur la pompe à chaleur ?")).StatusCode);
        }

        var limited = await AskAsync(client, "Une question de trop sur l'isolation ?");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(3, (await QuestionsAsync(h)).Count);
    }

    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Ask_should_refuse_the_question_when_it_holds_more_links_than_the_limit(string provider)
    {
        await using var h = await HubAsync(provider);

        var response = await AskAsync(h.Host.Client(), "Achetez ici https://spam.example et là www.spam.example pas cher");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("link", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await QuestionsAsync(h));
    }

    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Ask_should_accept_and_store_nothing_when_the_honeypot_is_filled(string provider)
    {
        await using var h = await HubAsync(provider);

        var response = await h.Host.Client().PostAsJsonAsync("/brand/api/questions", new { question = "Une question de robot très sérieuse ?", website = "http://bot.example" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await QuestionsAsync(h));
    }

    [Fact]
    public async Task Ask_should_refuse_a_form_body_on_the_api()
    {
        // Content negotiation, not storage: SQLite is enough.
        await using var h = await HubAsync("Sqlite");

        var response = await h.Host.Client().PostAsync("/brand/api/questions", new FormUrlEncodedContent(new Dictionary<string, string> { ["question"] = "Une question en formulaire ?" }));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Question_should_be_stored_as_text_and_rendered_escaped_when_it_holds_script_and_the_answer_hostile_markdown(string provider)
    {
        await using var h = await HubAsync(provider);
        const string hostile = "<script>alert('q')</script> Faut-il isoler par l'extérieur ?";
        Assert.Equal(HttpStatusCode.Accepted, (await AskAsync(h.Host.Client(), hostile)).StatusCode);
        var id = (await QuestionsAsync(h)).Single().Id;
        Assert.Equal(hostile, (await QuestionsAsync(h)).Single().Text);

        var admin = await AdminClient.SignInAsync(h.Host.Client(), "brand", Editor);
        var answered = await admin.PostFormAsync("/questions", $"/questions/{id}/answer", [new("answer", "Oui. <script>alert('a')</script><img src=x onerror=alert(1)> [lien](javascript:alert(2)) **Isolez** d'abord.")]);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        var page = await h.Host.Client().GetStringAsync("/brand/topics/renovation");
        Assert.Contains("&lt;script&gt;alert(", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        // Raw HTML in the answer comes out as text: no element, no handler, no script link.
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Isolez</strong>", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Question_should_go_from_asked_to_answered_with_one_email_to_the_confirmed_asker_and_faq_json_ld_on_the_topic_page(string provider)
    {
        await using var h = await HubAsync(provider);
        var reader = h.Host.Client();
        const string asker = "lecteur@reader.example";

        // Asked through the form of the (cached) topic page: no antiforgery field, so the ask page asks once more.
        var topic = await reader.GetStringAsync("/brand/topics/renovation");
        Assert.Contains("name=\"question\"", topic, StringComparison.Ordinal);
        var first = await reader.PostAsync("/brand/questions", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["question"] = "Quelle aide pour changer ma chaudière ?", ["email"] = asker, ["topic"] = "renovation", ["website"] = string.Empty,
        }));
        var resubmit = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Empty(await QuestionsAsync(h));
        var token = AdminClient.Token(resubmit);
        var sent = await reader.PostAsync("/brand/questions", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [token.Key] = token.Value, ["question"] = "Quelle aide pour changer ma chaudière ?", ["email"] = asker, ["topic"] = "renovation", ["website"] = string.Empty,
        }));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var question = Assert.Single(await QuestionsAsync(h));
        Assert.Null(question.EmailConfirmedUtc);
        Assert.NotNull(question.TopicId);

        // Double opt-in: the link shows a button, the button confirms.
        var confirmation = Assert.Single(await h.WaitForMailAsync(1, asker));
        var link = new Uri(ConfirmLink().Match(confirmation.TextBody ?? string.Empty).Value);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(link.PathAndQuery)).StatusCode);
        Assert.Null((await QuestionsAsync(h)).Single().EmailConfirmedUtc);
        var confirmToken = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]!;
        var confirmed = await reader.PostAsync(link.AbsolutePath, new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = confirmToken }));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.NotNull((await QuestionsAsync(h)).Single().EmailConfirmedUtc);

        // Answered (then edited): the asker is emailed exactly once.
        var admin = await AdminClient.SignInAsync(h.Host.Client(), "brand", Editor);
        Assert.Contains("Quelle aide pour changer ma chaudière ?", await admin.PageAsync("/questions"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/questions", $"/questions/{question.Id}/answer", [new("answer", "Le dispositif **MaPrimeRénov'** aide à la remplacer.")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/questions", $"/questions/{question.Id}/answer", [new("answer", "Le dispositif **MaPrimeRénov'** aide à la remplacer, sous conditions.")])).StatusCode);
        var mails = await h.WaitForMailAsync(2, asker);
        await Task.Delay(500);
        Assert.Equal(2, h.Sink.Messages.Count(m => m.To.Mailboxes.Any(b => b.Address == asker)));
        Assert.Single(mails, m => (m.Subject ?? string.Empty).Contains("ont répondu à votre question", StringComparison.Ordinal));

        var page = await h.Host.Client().GetStringAsync("/brand/topics/renovation");
        Assert.Contains("Quelle aide pour changer ma chaudière ?", page, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"FAQPage\"", page, StringComparison.Ordinal);
        Assert.Contains("\"acceptedAnswer\"", page, StringComparison.Ordinal);
        var audit = await h.DbAsync(db => db.Set<OpinionAct.Media.Data.Audit.AuditEntryRecord>().AsNoTracking().Where(e => e.Action == "question.answered").CountAsync());
        Assert.Equal(2, audit);
    }

    [GeneratedRegex(@"http://localhost/brand/questions/confirm\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex ConfirmLink();
}
