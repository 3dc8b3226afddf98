using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Questions;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.Newsletters;
using OpinionAct.Media.Web.Questions;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Questions;

/// <summary>Merging duplicates, and the answer email's crash-safe queue (the confirmation queue with its own sweep).</summary>
public sealed partial class QuestionTests
{
    private const string AnsweredSubject = "ont répondu à votre question";

    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Merge_should_tell_each_confirmed_asker_of_the_duplicates_once_and_publish_only_the_kept_question(string provider)
    {
        await using var h = await HubAsync(provider);
        var kept = await ConfirmedQuestionAsync(h, "Quelle aide pour une pompe à chaleur ?", "premier@reader.example");
        var duplicate = await ConfirmedQuestionAsync(h, "Quelles aides pour installer une pompe à chaleur ?", "second@reader.example");
        var late = await ConfirmedQuestionAsync(h, "Y a-t-il une aide pour les pompes à chaleur ?", "tardif@reader.example");
        var unconfirmed = await ConfirmedQuestionAsync(h, "Une aide existe-t-elle pour la PAC ?", "muet@reader.example", confirmed: false);
        var admin = await AdminClient.SignInAsync(h.Host.Client(), "brand", Editor);

        // Merged before the answer: told when it comes. Merged after it: told at the merge. Never confirmed: never told.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/questions", $"/questions/{duplicate}/merge", [new("into", $"{kept}")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/questions", $"/questions/{unconfirmed}/merge", [new("into", $"{kept}")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/questions", $"/questions/{kept}/answer", [new("answer", "Oui : **MaPrimeRénov'**.")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/questions", $"/questions/{late}/merge", [new("into", $"{kept}")])).StatusCode);
        await h.WaitForMailAsync(3);
        await Task.Delay(500);

        string[] told = ["premier@reader.example", "second@reader.example", "tardif@reader.example"];
        foreach (var address in told)
        {
            Assert.Single(h.Sink.Messages, m => m.To.Mailboxes.Any(b => b.Address == address) && (m.Subject ?? string.Empty).Contains(AnsweredSubject, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(h.Sink.Messages, m => m.To.Mailboxes.Any(b => b.Address == "muet@reader.example"));
        // The server's acceptance is recorded just after the sink has the message.
        await Eventually.TrueAsync(
            async () => (await QuestionsAsync(h)).Where(q => told.Contains(q.Email)).All(q => q.AnswerMailedUtc is not null),
            TimeSpan.FromSeconds(10),
            "every told asker recorded as mailed");
        var rows = await QuestionsAsync(h);
        Assert.All(rows.Where(q => q.Id != kept), q => Assert.Equal((QuestionStatus.Merged, kept), (q.Status, q.DuplicateOfId!.Value)));
        Assert.Null(rows.Single(q => q.Email == "muet@reader.example").AnswerMailedUtc);
        var page = await h.Host.Client().GetStringAsync("/brand/topics/renovation");
        Assert.Contains("Quelle aide pour une pompe à chaleur ?", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Quelles aides pour installer une pompe à chaleur ?", page, StringComparison.Ordinal);

        // A merged question takes no further action: the answer goes on the kept one.
        await admin.PostFormAsync("/questions", $"/questions/{duplicate}/answer", [new("answer", "Une seconde réponse.")]);
        Assert.Equal(QuestionStatus.Merged, (await QuestionsAsync(h)).Single(q => q.Id == duplicate).Status);
    }

    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Merge_should_carry_the_duplicates_along_when_a_question_that_has_some_is_merged_in_turn(string provider)
    {
        await using var h = await HubAsync(provider);
        var first = await ConfirmedQuestionAsync(h, "Le DPE change-t-il pour l'électricité ?", "premiere@reader.example");
        var middle = await ConfirmedQuestionAsync(h, "Le nouveau coefficient du DPE s'applique quand ?", "milieu@reader.example");
        var kept = await ConfirmedQuestionAsync(h, "Que change le coefficient électrique du DPE ?", "garde@reader.example");
        var admin = await AdminClient.SignInAsync(h.Host.Client(), "brand", Editor);

        // first → middle, then middle → kept: first's asker now waits on kept, and is told when kept is answered.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/questions", $"/questions/{first}/merge", [new("into", $"{middle}")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/questions", $"/questions/{middle}/merge", [new("into", $"{kept}")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/questions", $"/questions/{kept}/answer", [new("answer", "Le coefficient passe de 2,3 à **1,9**.")])).StatusCode);
        await h.WaitForMailAsync(3);
        await Task.Delay(500);

        var rows = await QuestionsAsync(h);
        Assert.Equal(kept, rows.Single(q => q.Id == first).DuplicateOfId);
        Assert.Equal(kept, rows.Single(q => q.Id == middle).DuplicateOfId);
        foreach (var address in new[] { "premiere@reader.example", "milieu@reader.example", "garde@reader.example" })
        {
            Assert.Single(h.Sink.Messages, m => m.To.Mailboxes.Any(b => b.Address == address) && (m.Subject ?? string.Empty).Contains(AnsweredSubject, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Answer_email_should_be_sent_once_by_the_sweep_when_the_process_died_after_the_answer_was_committed(string provider)
    {
        await using var h = await HubAsync(provider);
        var now = DateTime.UtcNow;
        // As the answer's commit leaves them when the process dies before the queue sends: due, never accepted.
        var lost = await ConfirmedQuestionAsync(h, "Faut-il purger ses radiateurs chaque année ?", "perdu@reader.example", answeredUtc: now.AddMinutes(-30), queuedUtc: now.AddMinutes(-30));
        var fresh = await ConfirmedQuestionAsync(h, "Faut-il désembouer un plancher chauffant ?", "frais@reader.example", answeredUtc: now, queuedUtc: now);
        var sweep = h.Host.Services.GetServices<ITenantJob>().Single(j => j.Kind == QuestionMailSweep.JobKind);
        var tenant = h.Host.Get<TenantRegistry>().Table.Tenants.Single(t => t.Name == h.Tenant);

        Assert.NotNull(await sweep.RunAsync(tenant, CancellationToken.None));
        await h.WaitForMailAsync(1, "perdu@reader.example");
        await Eventually.TrueAsync(
            async () => (await QuestionsAsync(h)).Single(q => q.Id == lost).AnswerMailedUtc is not null,
            TimeSpan.FromSeconds(10),
            "the accepted answer email recorded as mailed");
        Assert.Null(await sweep.RunAsync(tenant, CancellationToken.None));
        await Task.Delay(500);

        Assert.Single(h.Sink.Messages, m => m.To.Mailboxes.Any(b => b.Address == "perdu@reader.example"));
        Assert.Contains(AnsweredSubject, h.Sink.Messages.Single().Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(h.Sink.Messages, m => m.To.Mailboxes.Any(b => b.Address == "frais@reader.example"));
        var rows = await QuestionsAsync(h);
        Assert.Equal(1, rows.Single(q => q.Id == lost).AnswerMailAttempts);
        Assert.Equal(0, rows.Single(q => q.Id == fresh).AnswerMailAttempts);
    }

    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Confirmation_email_should_be_sent_once_by_the_sweep_when_the_process_died_after_the_question_was_committed(string provider)
    {
        await using var h = await HubAsync(provider);
        var now = DateTime.UtcNow;
        // As the ask's commit leaves them when the process dies before the queue sends: due, never accepted.
        var lost = await ConfirmedQuestionAsync(h, "Faut-il isoler le plancher bas ?", "perdue@reader.example", confirmed: false, askedUtc: now.AddMinutes(-30), confirmationSent: false);
        var fresh = await ConfirmedQuestionAsync(h, "Faut-il isoler la porte d'entrée ?", "fraiche@reader.example", confirmed: false, askedUtc: now, confirmationSent: false);
        var expired = await ConfirmedQuestionAsync(h, "Faut-il isoler le garage ?", "ancienne@reader.example", confirmed: false, askedUtc: now.AddDays(-8), confirmationSent: false);
        var sweep = h.Host.Services.GetServices<ITenantJob>().Single(j => j.Kind == QuestionMailSweep.JobKind);
        var tenant = h.Host.Get<TenantRegistry>().Table.Tenants.Single(t => t.Name == h.Tenant);

        Assert.NotNull(await sweep.RunAsync(tenant, CancellationToken.None));
        var mail = Assert.Single(await h.WaitForMailAsync(1, "perdue@reader.example"));
        await Eventually.TrueAsync(
            async () => (await QuestionsAsync(h)).Single(q => q.Id == lost).ConfirmMailedUtc is not null,
            TimeSpan.FromSeconds(10),
            "the accepted confirmation recorded as sent");
        Assert.Null(await sweep.RunAsync(tenant, CancellationToken.None));
        await Task.Delay(500);

        // The swept email carries a working link: following it confirms the address.
        var link = new Uri(ConfirmLink().Match(mail.TextBody ?? string.Empty).Value);
        var token = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]!;
        Assert.Equal(HttpStatusCode.OK, (await h.Host.Client().PostAsync(link.AbsolutePath, new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token }))).StatusCode);
        Assert.Single(h.Sink.Messages);
        var rows = await QuestionsAsync(h);
        Assert.NotNull(rows.Single(q => q.Id == lost).EmailConfirmedUtc);
        Assert.Equal(1, rows.Single(q => q.Id == lost).ConfirmMailAttempts);
        Assert.Equal(0, rows.Single(q => q.Id == fresh).ConfirmMailAttempts);
        Assert.Equal(0, rows.Single(q => q.Id == expired).ConfirmMailAttempts);
    }

    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Ask_should_be_accepted_without_waiting_for_a_mail_server_that_refuses_and_leave_the_confirmation_to_the_sweep(string provider)
    {
        await using var h = await HubAsync(provider, new() { ["Media:Smtp:Port"] = "1" });

        var asked = await AskAsync(h.Host.Client(), "Quelle ventilation après une isolation ?", "patiente@reader.example");

        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        var row = Assert.Single(await QuestionsAsync(h));
        Assert.Null(row.ConfirmMailedUtc);
        Assert.NotNull(row.ConfirmNonce);
        Assert.NotNull(h.Host.Get<TenantDueIndex>().DueAt(h.Tenant, QuestionMailSweep.JobKind));
    }

    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Answer_should_record_the_email_as_due_in_its_commit_and_make_the_sweep_due_when_published(string provider)
    {
        // The mail server refuses every connection: nothing is accepted, so what survives is the durable record.
        await using var h = await HubAsync(provider, new() { ["Media:Smtp:Port"] = "1" });
        var id = await ConfirmedQuestionAsync(h, "Quelle épaisseur d'isolant sous toiture ?", "attente@reader.example");
        var admin = await AdminClient.SignInAsync(h.Host.Client(), "brand", Editor);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/questions", $"/questions/{id}/answer", [new("answer", "Au moins **30 cm**.")])).StatusCode);

        var row = (await QuestionsAsync(h)).Single(q => q.Id == id);
        Assert.NotNull(row.AnswerMailQueuedUtc);
        Assert.Null(row.AnswerMailedUtc);
        Assert.NotNull(h.Host.Get<TenantDueIndex>().DueAt(h.Tenant, QuestionMailSweep.JobKind));
    }

    /// <summary>
    /// A question with a confirmed (or not) address on the renovation topic, asked an hour before the answer (or now)
    /// unless a time is given; answered when a time is given. An unconfirmed one's confirmation counts as accepted unless
    /// <paramref name="confirmationSent"/> is false.
    /// </summary>
    private static Task<int> ConfirmedQuestionAsync(SubscriptionHost h, string text, string email, bool confirmed = true, DateTime? answeredUtc = null, DateTime? queuedUtc = null, DateTime? askedUtc = null, bool confirmationSent = true) =>
        h.DbAsync(async db =>
        {
            var topic = await db.Topics.SingleAsync(t => t.Slug == "renovation");
            var asked = askedUtc ?? (answeredUtc ?? DateTime.UtcNow).AddHours(-1);
            var question = new QuestionRecord
            {
                Text = text,
                Email = email,
                ConsentText = "Prévenez-moi de la réponse.",
                EmailConfirmedUtc = confirmed ? asked : null,
                ConfirmNonce = confirmed ? null : "0123456789abcdef0123456789abcdef",
                TopicId = topic.Id,
                AskedUtc = asked,
                Page = "http://localhost/brand/topics/renovation",
            };
            if (confirmationSent)
            {
                question.ConfirmMailedUtc = asked;
            }

            if (answeredUtc is { } at)
            {
                question.Status = QuestionStatus.Answered;
                question.AnswerMarkdown = "Une fois par an, avant l'hiver.";
                question.AnswerHtml = "<p>Une fois par an, avant l'hiver.</p>";
                question.AnsweredBy = Editor;
                question.AnsweredUtc = at;
                question.AnswerMailQueuedUtc = queuedUtc;
            }

            db.Questions.Add(question);
            await db.SaveChangesAsync();
            return question.Id;
        });
}
