namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>One run of a <see cref="ProbeJob"/>: on which node, for which tenant, from when to when (wall clock).</summary>
public sealed record ProbeRun(string Node, string Tenant, DateTimeOffset Started, DateTimeOffset Finished);
