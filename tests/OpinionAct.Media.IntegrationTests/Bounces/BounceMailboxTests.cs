using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tests.Deliverability;
using OpinionAct.Media.Web.Bounces;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Bounces;

/// <summary>Issue 19: bounces and complaints read from a real IMAP mailbox (Dovecot on loopback), fed to the suppression rules.</summary>
public sealed class BounceMailboxTests
{
    [ImapFact]
    public async Task Pass_should_record_hard_soft_and_complaints_and_move_everything_when_reports_arrive()
    {
        await using var f = await BounceFixture.StartAsync();
        await f.ConfigureAsync();
        var lea = await f.H.ConfirmedSubscriberAsync("lea@example.org", "hebdo");
        var marc = await f.H.ConfirmedSubscriberAsync("marc@example.org", "hebdo");
        var zoe = await f.H.ConfirmedSubscriberAsync("zoe@example.org", "hebdo");
        await f.Imap.AppendAsync(
        [
            // By VERP: the DSN names an address nobody subscribed with; the token names Léa and issue 7.
            BounceSamples.Dsn(await f.VerpAsync(lea, 7), "lea-forwarded@elsewhere.example"),
            // Plain return path: Marc by Final-Recipient; the original's Message-ID names issue 8 and Marc.
            BounceSamples.Dsn(BounceFixture.ReturnPath, "marc@example.org", status: "4.2.2", diagnostic: "smtp; 452 4.2.2 Mailbox full", originalMessageId: $"issue-8.{marc}.k3y@energies.example", serial: 1),
            // A complaint whose original went out with Zoé's VERP return path for issue 9.
            BounceSamples.Arf(await f.VerpAsync(zoe, 9), "zoe@example.org"),
            BounceSamples.Dsn(await f.VerpAsync(marc, 8), "marc@example.org", action: "delayed", status: "4.4.7", serial: 2),
            BounceSamples.AutoReply(BounceFixture.ReturnPath),
        ]);

        var pass = await f.PassAsync();
        var again = await f.PassAsync();

        Assert.Null(pass.Error);
        Assert.Equal((5, 1, 1, 1, 2, 0, 0, 0, 5), (pass.Fetched, pass.Hard, pass.Soft, pass.Complaints, pass.Ignored, pass.Unmatched, pass.Refused, pass.Malformed, pass.Processed));
        Assert.Equal((0, 0), (again.Fetched, again.Processed));
        var reports = await f.ReportsAsync();
        Assert.Equal(
            [("lea@example.org", DeliveryReportKind.HardBounce, (int?)7), ("marc@example.org", DeliveryReportKind.SoftBounce, 8), ("zoe@example.org", DeliveryReportKind.Complaint, 9)],
            reports.Select(r => (r.Email, r.Kind, r.IssueId)).OrderBy(r => r.Email));
        Assert.Equal("hard bounce", (await f.H.SubscriberAsync("lea@example.org"))!.SuppressionReason);
        Assert.Equal("complaint", (await f.H.SubscriberAsync("zoe@example.org"))!.SuppressionReason);
        var marcRow = (await f.H.SubscriberAsync("marc@example.org"))!;
        Assert.Equal((1, (DateTime?)null), (marcRow.SoftBounces, marcRow.SuppressedUtc));
        Assert.Contains("550 5.1.1", reports.Single(r => r.Kind == DeliveryReportKind.HardBounce).Detail, StringComparison.Ordinal);
        Assert.Equal((0, 5), (await f.Imap.CountAsync("INBOX"), await f.Imap.CountAsync("Processed")));
    }

    [ImapFact]
    public async Task Pass_should_record_nothing_and_still_delete_the_message_when_a_dsn_names_an_unknown_recipient()
    {
        await using var f = await BounceFixture.StartAsync();
        await f.ConfigureAsync(move: false);
        await f.H.ConfirmedSubscriberAsync("lea@example.org", "hebdo");
        await f.Imap.AppendAsync([BounceSamples.Dsn(BounceFixture.ReturnPath, "nobody@example.org")]);

        var pass = await f.PassAsync();

        Assert.Equal((1, 1, 0, 1), (pass.Fetched, pass.Unmatched, pass.Hard, pass.Processed));
        Assert.Empty(await f.ReportsAsync());
        Assert.Null((await f.H.SubscriberAsync("lea@example.org"))!.SuppressedUtc);
        Assert.Equal((0, 0), (await f.Imap.CountAsync("INBOX"), await f.Imap.CountAsync("Processed")));
    }

    [ImapFact]
    public async Task Pass_should_refuse_a_verp_token_when_it_is_forged_or_minted_by_another_tenant()
    {
        await using var f = await BounceFixture.StartAsync();
        await f.ConfigureAsync();
        var lea = await f.H.ConfirmedSubscriberAsync("lea@example.org", "hebdo");
        var other = await f.H.Host.CreateTenantAsync(prefix: "autre");
        await f.ConfigureAsync(tenant: other);
        var ours = await f.VerpAsync(lea, 3);
        var at = ours.IndexOf('@', StringComparison.Ordinal);
        var forged = ours[..(at - 1)] + (ours[at - 1] == 'a' ? 'b' : 'a') + ours[at..];
        var theirs = await f.VerpAsync(lea, 3, tenant: other);
        await f.Imap.AppendAsync(
        [
            // Both name Léa in Final-Recipient too: a refused token must not fall back to it.
            BounceSamples.Dsn(forged, "lea@example.org"),
            BounceSamples.Arf(theirs, "lea@example.org"),
        ]);

        var pass = await f.PassAsync();

        Assert.NotEqual(ours, theirs);
        Assert.Equal((2, 2, 0, 0, 2), (pass.Fetched, pass.Refused, pass.Hard, pass.Complaints, pass.Processed));
        Assert.Empty(await f.ReportsAsync());
        Assert.Null((await f.H.SubscriberAsync("lea@example.org"))!.SuppressedUtc);
        Assert.Equal(0, await f.Imap.CountAsync("INBOX"));
    }

    [ImapFact]
    public async Task Pass_should_count_a_malformed_arf_report_and_move_it_without_failing()
    {
        await using var f = await BounceFixture.StartAsync();
        await f.ConfigureAsync();
        await f.H.ConfirmedSubscriberAsync("lea@example.org", "hebdo");
        await f.Imap.AppendAsync([BounceSamples.MalformedArf(), BounceSamples.Dsn(BounceFixture.ReturnPath, "lea@example.org")]);

        var pass = await f.PassAsync();

        Assert.Null(pass.Error);
        Assert.Equal((2, 1, 1, 2), (pass.Fetched, pass.Malformed, pass.Hard, pass.Processed));
        Assert.Equal((0, 2), (await f.Imap.CountAsync("INBOX"), await f.Imap.CountAsync("Processed")));
    }

    [ImapFact]
    public async Task Pass_should_say_why_when_the_mailbox_is_unreachable_and_succeed_once_it_is_reachable()
    {
        await using var f = await BounceFixture.StartAsync();
        var closed = ClosedPort();
        await f.ConfigureAsync(port: closed);
        await f.H.ConfirmedSubscriberAsync("lea@example.org", "hebdo");
        await AdminClient.AddUserAsync(f.H.Storage, f.H.Tenant, "admin@brand.example", "Admin");
        var admin = await AdminClient.SignInAsync(f.H.Host.Client(), "brand", "admin@brand.example");

        var failed = await f.PassAsync();
        var page = await admin.PageAsync("/mail");
        var cli = await f.H.CliAsync("bounces", "check", "--tenant", f.H.Tenant);

        var where = $"127.0.0.1:{closed.ToString(CultureInfo.InvariantCulture)}";
        Assert.Contains($"Could not connect to the bounce mailbox at {where}", failed.Error, StringComparison.Ordinal);
        Assert.Contains($"Connexion impossible à la boîte des rebonds {where}", page, StringComparison.Ordinal);
        Assert.Equal(1, cli.ExitCode);
        Assert.Contains($"Could not connect to the bounce mailbox at {where}", cli.Error, StringComparison.Ordinal);

        await f.ConfigureAsync();
        await f.Imap.AppendAsync([BounceSamples.Dsn(BounceFixture.ReturnPath, "lea@example.org")]);
        var json = await f.H.CliAsync("bounces", "check", "--tenant", f.H.Tenant, "--json");

        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.Contains("\"hard\": 1", json.Out, StringComparison.Ordinal);
        Assert.Null((await f.StateAsync()).LastError);
        Assert.NotNull((await f.H.SubscriberAsync("lea@example.org"))!.SuppressedUtc);
    }

    [ImapFact]
    public async Task Pass_should_only_move_messages_when_a_stopped_pass_had_recorded_them_already()
    {
        await using var f = await BounceFixture.StartAsync();
        await f.ConfigureAsync();
        for (var i = 0; i < 5; i++)
        {
            await f.H.ConfirmedSubscriberAsync($"r{i}@example.org", "hebdo");
        }

        var uids = await f.Imap.AppendAsync(Enumerable.Range(0, 5).Select(i => BounceSamples.Dsn(BounceFixture.ReturnPath, $"r{i}@example.org", serial: i)));

        // As a pass that died between its commit and its MOVE leaves it: the mark covers the first three.
        var validity = await f.Imap.UidValidityAsync();
        await f.H.InTenantAsync(async sp =>
        {
            var store = sp.GetRequiredService<OpinionAct.Media.Data.Bounces.BounceStore>();
            await store.MarkAsync("INBOX", validity, default);
            return await store.AdvanceAsync("INBOX", validity, 0, uids[2].Id, default);
        });

        var pass = await f.PassAsync();

        Assert.Equal((2, 2, 5), (pass.Fetched, pass.Hard, pass.Processed));
        Assert.Equal(["r3@example.org", "r4@example.org"], (await f.ReportsAsync()).Select(r => r.Email));
        Assert.Equal((0, 5), (await f.Imap.CountAsync("INBOX"), await f.Imap.CountAsync("Processed")));
    }

    [ImapFact]
    public async Task Pass_should_start_the_mark_over_when_the_folder_gets_a_new_uidvalidity()
    {
        await using var f = await BounceFixture.StartAsync();
        await f.Imap.CreateAsync("Bounces");
        await f.ConfigureAsync(move: false, folder: "Bounces");
        for (var i = 0; i < 4; i++)
        {
            await f.H.ConfirmedSubscriberAsync($"r{i}@example.org", "hebdo");
        }

        await f.Imap.AppendAsync([BounceSamples.Dsn(BounceFixture.ReturnPath, "r0@example.org"), BounceSamples.Dsn(BounceFixture.ReturnPath, "r1@example.org", serial: 1)], "Bounces");
        var first = await f.PassAsync();
        var before = await f.StateAsync();

        // The server renumbers: a new UIDVALIDITY, and UIDs from 1 again (the old mark, 2, would hide both).
        await f.Imap.CreateAsync("Bounces");
        await f.Imap.AppendAsync([BounceSamples.Dsn(BounceFixture.ReturnPath, "r2@example.org", serial: 2), BounceSamples.Dsn(BounceFixture.ReturnPath, "r3@example.org", serial: 3)], "Bounces");
        var second = await f.PassAsync();

        Assert.Equal((2, 2), (first.Hard, second.Hard));
        Assert.NotEqual(before.UidValidity, (await f.StateAsync()).UidValidity);
        Assert.Equal(4, (await f.ReportsAsync()).Count);
    }

    [ImapFact]
    public async Task Pass_should_finish_ten_thousand_messages_without_counting_twice_when_stopped_half_way()
    {
        const int count = 10_000;
        await using var f = await BounceFixture.StartAsync();
        await f.ConfigureAsync();
        await f.H.DbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            db.Subscribers.AddRange(Enumerable.Range(0, count).Select(i => new SubscriberRecord { Email = $"m{i:D5}@example.org", CreatedUtc = now }));
            return await db.SaveChangesAsync();
        });
        await f.Imap.AppendAsync(Enumerable.Range(0, count).Select(i => BounceSamples.Dsn(BounceFixture.ReturnPath, $"m{i:D5}@example.org", serial: i)));

        using var stop = new CancellationTokenSource();
        var batches = 0;
        var stopped = await f.PassAsync(_ =>
        {
            if (++batches == 3)
            {
                stop.Cancel();
            }
        }, stop.Token);
        var inboxAfterStop = await f.Imap.CountAsync("INBOX");
        var resumed = await f.PassAsync();

        Assert.True(stopped.Stopped);
        Assert.Equal((600, 600), (stopped.Hard, stopped.Processed));
        Assert.Equal(count - 600, inboxAfterStop);
        Assert.Null(resumed.Error);
        Assert.Equal((count - 600, count - 600), (resumed.Hard, resumed.Processed));
        Assert.Equal(count, await f.H.DbAsync(db => db.DeliveryReports.CountAsync()));
        Assert.Equal(count, await f.H.DbAsync(db => db.DeliveryReports.Select(r => r.Email).Distinct().CountAsync()));
        Assert.Equal(count, await f.H.DbAsync(db => db.Subscribers.CountAsync(s => s.SuppressedUtc != null)));
        Assert.Equal((0, count), (await f.Imap.CountAsync("INBOX"), await f.Imap.CountAsync("Processed")));
    }

    [ImapFact]
    public async Task Worker_should_read_the_mailbox_when_its_settings_are_saved()
    {
        await using var f = await BounceFixture.StartAsync(worker: true);
        await f.H.ConfirmedSubscriberAsync("lea@example.org", "hebdo");
        await f.Imap.AppendAsync([BounceSamples.Dsn(BounceFixture.ReturnPath, "lea@example.org")]);

        await f.ConfigureAsync();

        await Eventually.TrueAsync(async () => (await f.H.SubscriberAsync("lea@example.org"))!.SuppressedUtc is not null, TimeSpan.FromSeconds(20), "the worker records the bounce");
        await Eventually.TrueAsync(async () => (await f.StateAsync()).LastPassUtc is not null, TimeSpan.FromSeconds(10), "the worker keeps its summary");
        Assert.Single(await f.ReportsAsync());
    }

    [ImapFact]
    public async Task Worker_should_resume_a_mailbox_after_a_restart_without_looking_at_hubs_that_have_none()
    {
        await using var f = await BounceFixture.StartAsync(worker: true);
        var plain = await f.H.Host.CreateTenantAsync(prefix: "plain");
        await f.ConfigureAsync();
        await Eventually.TrueAsync(async () => (await f.StateAsync()).LastPassUtc is not null, TimeSpan.FromSeconds(20), "the worker reads the mailbox once");

        // What a restart resumes from: the tenant table's next-work time, kept at or before the mailbox's next poll.
        var passed = new DateTimeOffset(DateTime.SpecifyKind((await f.StateAsync()).LastPassUtc!.Value, DateTimeKind.Utc));
        var interval = f.H.Host.Get<IOptions<BounceOptions>>().Value.PollInterval;
        await Eventually.TrueAsync(
            async () => (await f.TenantAsync(f.H.Tenant)).NextWorkUtc is { } next && next <= passed + interval + TimeSpan.FromSeconds(1),
            TimeSpan.FromSeconds(10),
            "the tenant table holds the next poll");
        await f.H.Host.DisposeAsync();

        await using var restarted = new MediaHost(f.H.Storage, new Dictionary<string, string?> { ["Media:Bounces:Enabled"] = "true" });
        var index = restarted.Get<TenantDueIndex>();
        await Eventually.TrueAsync(
            () => Task.FromResult(index.DueAt(f.H.Tenant, BounceMailboxJob.JobKind) is not null),
            TimeSpan.FromSeconds(10),
            "the restarted node has the mailbox's next poll");

        // Seen in the same pass over the tenant table: a hub without a mailbox gets no look at all.
        Assert.Null(index.DueAt(plain, BounceMailboxJob.JobKind));
    }

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
