using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Apis;
using OpinionAct.Media.Data.Questions;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;
using static OpinionAct.Media.IntegrationTests.Apis.Admin.AdminApiAssert;

namespace OpinionAct.Media.IntegrationTests.Apis.Admin;

/// <summary>
/// The reader questions' moderation queue through the Admin API: the same service as the admin's queue (one answer
/// email per confirmed asker), no asker address in the answers, field errors as 422, state refusals as 409, another
/// hub's question as 404, and the scopes and roles that guard it.
/// </summary>
public sealed class AdminQuestionsApiTests(AdminApiFixture fixture) : IClassFixture<AdminApiFixture>
{
    private const string Alpha = AdminApiFixture.Alpha;

    private async Task<int> AskAsync(string text, string? confirmedEmail = null)
    {
        var tenant = await fixture.Host.Get<ITenantStore>().FindAsync(Alpha, default);
        await using var scope = fixture.Host.Services.CreateTenantScope(tenant!);
        return await scope.ServiceProvider.GetRequiredService<QuestionStore>().AddAsync(new QuestionRecord
        {
            Text = text,
            Email = confirmedEmail,
            ConsentText = confirmedEmail is null ? null : "J'accepte d'être prévenu de la réponse.",
            EmailConfirmedUtc = confirmedEmail is null ? null : DateTime.UtcNow,
            AskedUtc = DateTime.UtcNow,
        }, default);
    }

    private int MailsTo(string address) =>
        fixture.Mail.Messages.Count(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)));

    [Fact]
    public async Task Answer_should_publish_the_question_and_email_its_confirmed_asker_once_when_answered_then_edited()
    {
        const string asker = "lectrice.api@exemple.test";
        var id = await AskAsync("Faut-il purger ses radiateurs chaque automne ?", asker);
        var api = await fixture.ClientAsync(Alpha, ApiScopes.ContentRead, ApiScopes.ContentWrite);

        var queued = await ReadAsync(await api.GetAsync(new Uri("questions?status=new", UriKind.Relative)), HttpStatusCode.OK);
        var listed = Assert.Single(queued.EnumerateArray(), q => q.GetProperty("id").GetInt32() == id);
        var answered = await ReadAsync(await api.PostAsync(new Uri($"questions/{id}/answer", UriKind.Relative), Json(new { answer = "Oui, **une fois par an** suffit." })), HttpStatusCode.OK);
        await Eventually.TrueAsync(() => Task.FromResult(MailsTo(asker) == 1), TimeSpan.FromSeconds(20), "the answer email reached the asker");
        await ReadAsync(await api.PostAsync(new Uri($"questions/{id}/answer", UriKind.Relative), Json(new { answer = "Oui, une fois par an, avant l'hiver." })), HttpStatusCode.OK);
        var read = await ReadAsync(await api.GetAsync(new Uri($"questions/{id}", UriKind.Relative)), HttpStatusCode.OK);
        await Task.Delay(TimeSpan.FromSeconds(2)); // room for a second email, which must not come

        Assert.Equal("New", listed.GetProperty("status").GetString());
        Assert.True(listed.GetProperty("askerGaveEmail").GetBoolean());
        Assert.DoesNotContain(asker, listed.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Answered", answered.GetProperty("status").GetString());
        Assert.Equal("Oui, une fois par an, avant l'hiver.", read.GetProperty("answerMarkdown").GetString());
        Assert.StartsWith("Test ", read.GetProperty("answeredBy").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, MailsTo(asker));
    }

    [Fact]
    public async Task Moderation_should_assign_and_merge_and_refuse_bad_fields_with_422_and_state_conflicts_with_409()
    {
        var first = await AskAsync("Quelle aide pour une pompe à chaleur ?");
        var duplicate = await AskAsync("Quelles aides pour une pompe à chaleur ?");
        var rejected = await AskAsync("Achetez mes panneaux sur http://spam.example");
        var api = await fixture.ClientAsync(Alpha, ApiScopes.ContentRead, ApiScopes.ContentWrite);

        var emptyAnswer = await ProblemAsync(await api.PostAsync(new Uri($"questions/{first}/answer", UriKind.Relative), Json(new { answer = "   " })), HttpStatusCode.UnprocessableEntity);
        var noTarget = await ProblemAsync(await api.PostAsync(new Uri($"questions/{duplicate}/merge", UriKind.Relative), Json(new { })), HttpStatusCode.UnprocessableEntity);
        var unknownExpert = await ProblemAsync(await api.PostAsync(new Uri($"questions/{first}/assign", UriKind.Relative), Json(new { expertId = 999_999 })), HttpStatusCode.UnprocessableEntity);
        var badFilter = await ProblemAsync(await api.GetAsync(new Uri("questions?status=pending", UriKind.Relative)), HttpStatusCode.BadRequest);
        var intoItself = await ProblemAsync(await api.PostAsync(new Uri($"questions/{first}/merge", UriKind.Relative), Json(new { into = first })), HttpStatusCode.Conflict);
        await ReadAsync(await api.PostAsync(new Uri($"questions/{rejected}/reject", UriKind.Relative), null), HttpStatusCode.OK);
        var intoRejected = await ProblemAsync(await api.PostAsync(new Uri($"questions/{duplicate}/merge", UriKind.Relative), Json(new { into = rejected })), HttpStatusCode.Conflict);
        var merged = await ReadAsync(await api.PostAsync(new Uri($"questions/{duplicate}/merge", UriKind.Relative), Json(new { into = first })), HttpStatusCode.OK);
        var actOnMerged = await ProblemAsync(await api.PostAsync(new Uri($"questions/{duplicate}/approve", UriKind.Relative), null), HttpStatusCode.Conflict);
        var unknown = await ProblemAsync(await api.PostAsync(new Uri("questions/999999/approve", UriKind.Relative), null), HttpStatusCode.NotFound);
        var stillOpen = await ReadAsync(await api.GetAsync(new Uri($"questions/{first}", UriKind.Relative)), HttpStatusCode.OK);

        Assert.Equal(["answer"], ErrorFields(emptyAnswer));
        Assert.Equal(["into"], ErrorFields(noTarget));
        Assert.Equal(["expertId"], ErrorFields(unknownExpert));
        Assert.Equal(["status"], ErrorFields(badFilter));
        Assert.Contains("itself", intoItself.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("still open or answered", intoRejected.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Merged", merged.GetProperty("status").GetString());
        Assert.Equal(first, merged.GetProperty("duplicateOfId").GetInt32());
        Assert.Contains("merged into another", actOnMerged.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(404, unknown.GetProperty("status").GetInt32());
        Assert.Equal("New", stillOpen.GetProperty("status").GetString()); // refused answers changed nothing
        Assert.Equal(JsonValueKind.Null, stillOpen.GetProperty("answerMarkdown").ValueKind);
    }

    [Fact]
    public async Task Questions_should_be_refused_without_the_write_scope_to_authors_and_to_another_hub()
    {
        var id = await AskAsync("Peut-on isoler par l'intérieur un mur humide ?");
        var reader = await fixture.ClientAsync(Alpha, ApiScopes.ContentRead);
        var author = await fixture.PersonClientAsync(Alpha, "auteur.questions@aa.test", "Author", ApiScopes.ContentRead, ApiScopes.ContentWrite);
        var otherHub = await fixture.ClientAsync(AdminApiFixture.Beta, ApiScopes.ContentRead, ApiScopes.ContentWrite);

        var readOnly = await reader.PostAsync(new Uri($"questions/{id}/approve", UriKind.Relative), null);
        var byAuthor = await author.GetAsync(new Uri("questions", UriKind.Relative));
        var elsewhere = await otherHub.PostAsync(new Uri($"questions/{id}/reject", UriKind.Relative), null);
        var after = await ReadAsync(await reader.GetAsync(new Uri($"questions/{id}", UriKind.Relative)), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Forbidden, readOnly.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAuthor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal("New", after.GetProperty("status").GetString());
    }
}
