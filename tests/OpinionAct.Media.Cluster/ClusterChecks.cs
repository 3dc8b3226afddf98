using System.Globalization;
using System.Net;
using Npgsql;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.Cluster;

/// <summary>What must hold after the workload, each turned into lines of the table.</summary>
public sealed class ClusterChecks(ClusterLayout layout, Workload workload, ScriptedSmtpServer sink, IReadOnlyList<NodeProcess> nodes, EditorSession editor)
{
    /// <summary>Doubles allowed per pass killed mid-send: one per SMTP lane (docs/newsletters.md, "The guarantee").</summary>
    private const int LanesPerPass = 8;

    private static string N(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string S(TimeSpan? value) => value is { } v ? v.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s" : "never";

    /// <summary>Signups from one client address spread over every node directly: the per-client limit holds cluster-wide.</summary>
    public async Task<Check> SignupLimitAsync(int limit)
    {
        var accepted = 0;
        var attempts = limit * nodes.Count;
        for (var i = 0; i < attempts; i++)
        {
            using var response = await workload.PostSignupAsync(nodes[i % nodes.Count].Url, $"burst{i}@cluster.test", "10.99.0.1");
            accepted += response.StatusCode == HttpStatusCode.Accepted ? 1 : 0;
        }

        return new Check($"signups from one client, {attempts} over {nodes.Count} nodes", $"{accepted} accepted", $"= {limit}", accepted == limit);
    }

    /// <summary>Every event answered 202 is in the database (waits a little for the last batch to land).</summary>
    public async Task<Check> EventsAsync()
    {
        var acknowledged = workload.AcknowledgedEvents.ToHashSet(StringComparer.Ordinal);
        var missing = acknowledged.Count;
        for (var i = 0; i < 40 && missing > 0; i++)
        {
            var stored = await StoredCampaignsAsync();
            missing = acknowledged.Count(c => !stored.Contains(c));
            if (missing > 0)
            {
                await Task.Delay(500);
            }
        }

        return new Check("acknowledged events stored", $"{N(acknowledged.Count - missing)} / {N(acknowledged.Count)}", "all", missing == 0 && acknowledged.Count > 0);
    }

    /// <summary>Every recipient got the issue; a second copy only within the stated bound and with the same Message-ID.</summary>
    public async Task<IReadOnlyList<Check>> NewsletterAsync()
    {
        var recipients = layout.Options.Recipients;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        Dictionary<string, List<string>> byRecipient = [];
        while (DateTime.UtcNow < deadline)
        {
            byRecipient = IssueCopies();
            if (byRecipient.Count >= recipients)
            {
                await Task.Delay(TimeSpan.FromSeconds(3));
                byRecipient = IssueCopies();
                break;
            }

            await Task.Delay(1000);
        }

        var doubled = byRecipient.Values.Count(ids => ids.Count > 1);
        var differing = byRecipient.Values.Count(ids => ids.Distinct(StringComparer.Ordinal).Count() > 1);
        var killedPasses = workload.Killed is null ? 0 : 1;
        return
        [
            new Check($"newsletter recipients reached (issue {workload.IssueId})", $"{N(byRecipient.Count)} / {N(recipients)}", "all", byRecipient.Count == recipients),
            new Check("recipients mailed twice", N(doubled), $"<= {LanesPerPass * killedPasses}", doubled <= LanesPerPass * killedPasses),
            new Check("second copies with another Message-ID", N(differing), "0", differing == 0),
        ];
    }

    /// <summary>Each published title appears on every running node's home page; within 2 s (from Redis's return if it was down).</summary>
    public IReadOnlyList<Check> Visibility()
    {
        var redisBack = workload.Faults.At(FaultLog.RedisStarted);
        var seen = workload.Visibilities.Where(v => !v.Skipped).ToList();
        var never = seen.Count(v => v.SeenAt is null);
        var delays = seen.Where(v => v.SeenAt is not null)
            .Select(v => v.SeenAt!.Value - (v.RedisDown && redisBack is { } back && back > v.PublishedAt ? back : v.PublishedAt))
            .Select(d => d < TimeSpan.Zero ? TimeSpan.Zero : d)
            .OrderBy(d => d)
            .ToList();
        foreach (var slow in seen.Where(v => v.SeenAt is null || v.Delay > TimeSpan.FromSeconds(2)).Take(5))
        {
            Console.WriteLine($"[cluster] slow: '{slow.Title}' on {slow.Node}, published at {slow.PublishedAt.TotalSeconds:0.0} s, seen {S(slow.Delay)} later{(slow.RedisDown ? " (Redis down)" : string.Empty)}");
        }

        var worst = delays.Count == 0 ? (TimeSpan?)null : delays[^1];
        var median = delays.Count == 0 ? (TimeSpan?)null : delays[delays.Count / 2];
        var outage = seen.Where(v => v.RedisDown && v.SeenAt is not null).Select(v => v.Delay!.Value).DefaultIfEmpty().Max();
        return
        [
            new Check($"published changes seen on every node ({seen.Count} node-checks)", $"{seen.Count - never} / {seen.Count}", "all", never == 0 && seen.Count > 0),
            new Check("publish to visible on a node, worst", S(worst), "<= 2.00 s", worst is { } w && w <= TimeSpan.FromSeconds(2)),
            Check.Measured("publish to visible on a node, median", S(median)),
            Check.Measured("publish to visible while Redis was down, worst", S(outage)),
        ];
    }

    /// <summary>The editor signed in through the balancer reads the admin on every node directly.</summary>
    public async Task<Check> SessionsAsync()
    {
        var fine = 0;
        foreach (var node in nodes)
        {
            using var response = await editor.Through(node.Url).GetAsync(editor.Admin("/articles"));
            fine += response.StatusCode == HttpStatusCode.OK ? 1 : 0;
        }

        return new Check("one sign-in works on every node", $"{fine} / {nodes.Count} nodes", "all", fine == nodes.Count);
    }

    /// <summary>No request failed except those under way on the node when it was killed.</summary>
    public IReadOnlyList<Check> Failures()
    {
        var records = workload.Ledger.Records;
        var killed = workload.Faults.At(FaultLog.NodeKilled);
        var failed = records.Where(r => !r.Ok).ToList();
        var excused = failed.Where(r => killed is { } k && r.InFlightAt(k)).ToList();
        var unexcused = failed.Except(excused).ToList();
        foreach (var record in unexcused.Take(10))
        {
            Console.WriteLine($"[cluster] failed {record.Kind} at {record.Start.TotalSeconds:0.0}-{record.End.TotalSeconds:0.0} s: {record.Detail}");
        }

        var kinds = string.Join(", ", records.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {N(g.Count())}"));
        return
        [
            Check.Measured("requests through the balancer", $"{N(records.Count)} ({kinds})"),
            Check.Measured("failed while in flight on the killed node", N(excused.Count)),
            new Check("other failed requests", N(unexcused.Count), "0", unexcused.Count == 0),
        ];
    }

    public IReadOnlyList<Check> Recovery() =>
    [
        Check.Measured("killed node", workload.Killed is { } k ? k.Name + (workload.KilledLeader == k.Name ? " (the job leader)" : string.Empty) : "none"),
        new Check("job leases moved to another node after SIGKILL", S(workload.LeaderTakeover), "<= 15.00 s", workload.KilledLeader is not null && workload.LeaderTakeover <= TimeSpan.FromSeconds(15)),
        new Check("killed node restarted and ready", S(workload.RestartedReadyAfter), "<= 90.00 s", workload.RestartedReadyAfter is not null),
    ];

    /// <summary>
    /// No leader job ran twice at once: per job kind and tenant, no two recorded runs overlap in time. A run cut short by
    /// the SIGKILL (never finished) counts as ending when the node died; one still running counts until now.
    /// </summary>
    public async Task<IReadOnlyList<Check>> JobsAsync()
    {
        var killedAt = workload.KilledAtUtc;
        var runs = new List<(string Kind, string Tenant, string Node, DateTime Start, DateTime End)>();
        await using (var connection = new NpgsqlConnection(layout.ConnectionString("cluster-check")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""SELECT "Kind", "Tenant", "Node", "StartedUtc", "FinishedUtc" FROM "BackgroundRuns" """, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var node = reader.GetString(2);
                var end = reader.IsDBNull(4)
                    ? (workload.Killed?.Name == node && killedAt is { } k ? k : DateTime.UtcNow)
                    : reader.GetDateTime(4);
                runs.Add((reader.GetString(0), reader.GetString(1), node, reader.GetDateTime(3), end));
            }
        }

        var overlaps = 0;
        foreach (var group in runs.GroupBy(r => (r.Kind, r.Tenant)))
        {
            var ordered = group.OrderBy(r => r.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].Start < ordered[i - 1].End)
                {
                    overlaps++;
                    Console.WriteLine($"[cluster] {group.Key.Kind} of {group.Key.Tenant} ran on {ordered[i - 1].Node} and {ordered[i].Node} at once");
                }
            }
        }

        var byNode = string.Join(", ", runs.GroupBy(r => r.Node).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {N(g.Count())}"));
        return
        [
            Check.Measured("leader job runs recorded", $"{N(runs.Count)} ({byNode})"),
            new Check("leader job runs overlapping another run of the same job", N(overlaps), "0", overlaps == 0 && runs.Count > 0),
        ];
    }

    private Dictionary<string, List<string>> IssueCopies() =>
        sink.Messages.Where(m => m.Subject == workload.IssueSubject)
            .GroupBy(m => m.To.Mailboxes.Single().Address, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(m => m.MessageId ?? string.Empty).ToList(), StringComparer.OrdinalIgnoreCase);

    private async Task<HashSet<string>> StoredCampaignsAsync()
    {
        await using var connection = new NpgsqlConnection(layout.ConnectionString("cluster-check"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Campaign" FROM "t_brand"."AnalyticsEvents" WHERE "Campaign" LIKE 'cl-%'""", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var stored = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            stored.Add(reader.GetString(0));
        }

        return stored;
    }
}
