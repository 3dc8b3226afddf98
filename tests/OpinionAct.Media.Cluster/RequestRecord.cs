namespace OpinionAct.Media.Cluster;

public sealed record RequestRecord(string Kind, TimeSpan Start, TimeSpan End, bool Ok, string Detail)
{
    /// <summary>Whether the request was under way at <paramref name="instant"/> (sent before, answered after).</summary>
    public bool InFlightAt(TimeSpan instant) => Start <= instant && End >= instant;
}
