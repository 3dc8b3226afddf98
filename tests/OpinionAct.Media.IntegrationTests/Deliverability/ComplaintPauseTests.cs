using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Data.Audit;
using OpinionAct.Media.Data.Deliverability;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.Newsletters;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Subscriptions;

namespace OpinionAct.Media.IntegrationTests.Deliverability;

/// <summary>Per-issue bounce and complaint rates, and the pause that complaints trigger (issue 19, list hygiene).</summary>
public sealed class ComplaintPauseTests : IAsyncLifetime
{
    private DeliverabilityHub _hub = null!;

    public async Task InitializeAsync()
    {
        // The send worker is off: each pass is run by the test, so "nothing was sent" is a fact, not a timeout.
        _hub = await DeliverabilityHub.CreateAsync(worker: false, more: ("Media:ListHygiene:ComplaintMinimumMessages", "10"));
        await _hub.Seed.SubscribersAsync(_hub.Newsletter, 20);
    }

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    private async Task<SendPassResult> SendPassAsync(int issueId) =>
        await _hub.Host.Get<IssueSender>().RunAsync(await IssueSendingTests.TenantAsync(_hub.Host, DeliverabilityHub.Tenant), issueId, default);

    private Task<bool> RecordAsync(int reader, DeliveryReportKind kind, int? issueId) =>
        _hub.Seed.Content.InTenantAsync(async sp => await sp.GetRequiredService<SuppressionService>().RecordAsync(IssueSeed.Address(reader), kind, "test report", issueId, default));

    private Task<List<AuditEntryRecord>> AuditAsync() =>
        _hub.Seed.Content.InTenantAsync(sp => sp.GetRequiredService<TenantDbContext>().Set<AuditEntryRecord>().AsNoTracking().ToListAsync());

    private Task<SendingPauseRecord?> PauseAsync() =>
        _hub.Seed.Content.InTenantAsync(sp => sp.GetRequiredService<ListHygieneStore>().PauseAsync(default));

    [Fact]
    public async Task Sending_should_pause_above_the_complaint_rate_and_go_on_only_when_an_admin_resumes()
    {
        var first = await _hub.Seed.IssueAsync(_hub.Newsletter, "Première lettre");
        await _hub.Seed.QueueAsync(first);
        Assert.Equal(20, (await SendPassAsync(first)).Sent);
        await RecordAsync(1, DeliveryReportKind.HardBounce, first);
        await RecordAsync(2, DeliveryReportKind.SoftBounce, first);

        // 1 complaint for 20 messages is 5 %, far above 0.3 %: the next pass of any issue sends nothing.
        await RecordAsync(3, DeliveryReportKind.Complaint, first);
        var pause = await PauseAsync();
        var second = await _hub.Seed.IssueAsync(_hub.Newsletter, "Deuxième lettre");
        await _hub.Seed.QueueAsync(second);
        var paused = await SendPassAsync(second);
        var progress = await _hub.Seed.ProgressAsync(second);

        Assert.NotNull(pause?.PausedUtc);
        Assert.Equal((1, 20), (pause!.Complaints, pause.MessagesSent));
        Assert.Equal(0, paused.Sent);
        Assert.Equal(20, _hub.Sink.Count);
        Assert.Equal(18, progress.Pending);
        Assert.Contains(await AuditAsync(), e => e.Action == AuditActions.SendingPaused && e.Detail.StartsWith("1 complaints for 20 messages", StringComparison.Ordinal));

        // Editors see it, with each issue's rates; only an Admin may resume.
        var editor = await _hub.SignInAsync(DeliverabilityHub.Editor);
        var issues = await editor.PageAsync("/issues");
        var hygiene = await editor.PageAsync("/newsletters/hygiene");
        var refused = await editor.PostFormAsync("/newsletters/hygiene", "/newsletters/hygiene/resume", []);
        Assert.Contains("lettres est interrompu : trop de plaintes", issues, StringComparison.Ordinal);
        Assert.Contains("<td>2 (10,0 %)</td><td>1 (5,0 %)</td>", issues, StringComparison.Ordinal);
        Assert.Contains("se sont plaints de 1 message(s) sur 20", hygiene, StringComparison.Ordinal);
        Assert.DoesNotContain("/newsletters/hygiene/resume", hygiene, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(0, (await SendPassAsync(second)).Sent);

        var admin = await _hub.SignInAsync();
        var resumed = await admin.PostFormAsync("/newsletters/hygiene", "/newsletters/hygiene/resume", []);
        var again = await admin.PostFormAsync("/newsletters/hygiene", "/newsletters/hygiene/resume", []);
        var sent = await SendPassAsync(second);

        Assert.Equal(HttpStatusCode.Redirect, resumed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(18, sent.Sent);
        Assert.Equal("admin@mail.test", (await PauseAsync())!.ResumedBy);
        Assert.Contains(await AuditAsync(), e => e.Action == AuditActions.SendingResumed && e.Actor == "admin@mail.test");
    }

    [Fact]
    public async Task Complaints_should_not_pause_sending_below_the_rate_or_before_the_window_holds_enough_messages()
    {
        var first = await _hub.Seed.IssueAsync(_hub.Newsletter);
        await _hub.Seed.QueueAsync(first);
        await SendPassAsync(first);

        // After a resume the window restarts: the earlier complaint and the 20 messages no longer count.
        await RecordAsync(0, DeliveryReportKind.Complaint, first);
        Assert.NotNull((await PauseAsync())?.PausedUtc);
        var admin = await _hub.SignInAsync();
        await admin.PostFormAsync("/newsletters/hygiene", "/newsletters/hygiene/resume", []);
        await RecordAsync(1, DeliveryReportKind.Complaint, first);

        Assert.Null((await PauseAsync())!.PausedUtc);
        Assert.Contains("se sont plaints de 1 message(s) sur 0", await admin.PageAsync("/newsletters/hygiene"), StringComparison.Ordinal);
    }
}
