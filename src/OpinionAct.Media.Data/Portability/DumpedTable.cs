namespace OpinionAct.Media.Data.Portability;

/// <summary>One table of a PostgreSQL dump: its columns in the order of its binary COPY entry.</summary>
public sealed record DumpedTable(string Name, IReadOnlyList<string> Columns, string Entry);
