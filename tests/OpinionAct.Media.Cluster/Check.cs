namespace OpinionAct.Media.Cluster;

/// <summary>One line of the final table: what was measured, the figure, the bound it must meet, and whether it did.</summary>
public sealed record Check(string What, string Figure, string Bound, bool Held)
{
    /// <summary>A figure only (no bound): printed, never a breach.</summary>
    public static Check Measured(string what, string figure) => new(what, figure, "-", Held: true);
}
