using System.Collections.Concurrent;

namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>What <see cref="ProbeJob"/>s of every node of one test did: one entry per run, shared by the nodes.</summary>
public sealed class ProbeRuns
{
    private readonly ConcurrentQueue<ProbeRun> _runs = new();

    public IReadOnlyList<ProbeRun> All => [.. _runs];

    public void Add(ProbeRun run) => _runs.Enqueue(run);

    public IReadOnlyList<ProbeRun> On(string node) => [.. _runs.Where(r => r.Node == node)];

    /// <summary>Runs of one tenant whose times overlap (a run started before another ended): none when the job ran once at a time.</summary>
    public IReadOnlyList<(ProbeRun First, ProbeRun Second)> Overlaps()
    {
        var runs = _runs.OrderBy(r => r.Started).ToList();
        var overlaps = new List<(ProbeRun, ProbeRun)>();
        for (var i = 0; i < runs.Count; i++)
        {
            for (var j = i + 1; j < runs.Count && runs[j].Started < runs[i].Finished; j++)
            {
                if (runs[j].Tenant == runs[i].Tenant)
                {
                    overlaps.Add((runs[i], runs[j]));
                }
            }
        }

        return overlaps;
    }
}
