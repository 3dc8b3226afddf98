using System.Globalization;

namespace OpinionAct.Media.Cluster;

/// <summary>The command line: <c>--web DIR --postgres CONN [--work DIR] [--nodes 3] [--recipients 2000] [--seconds 60] [--short]</c>.</summary>
public sealed record ClusterOptions(string Web, string Postgres, string Work, int Nodes, int Recipients, int Seconds, bool Brief)
{
    public static ClusterOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        var isShort = args.Contains("--short");
        return new ClusterOptions(
            Value("--web") ?? throw new ArgumentException("--web DIR (the folder of OpinionAct.Media.Web.dll) is required."),
            Value("--postgres") ?? throw new ArgumentException("--postgres CONN (a PostgreSQL server's connection string, without Database) is required."),
            Value("--work") ?? Path.Combine(Path.GetTempPath(), "media-cluster-" + Guid.NewGuid().ToString("n")[..8]),
            int.Parse(Value("--nodes") ?? "3", CultureInfo.InvariantCulture),
            int.Parse(Value("--recipients") ?? "2000", CultureInfo.InvariantCulture),
            int.Parse(Value("--seconds") ?? (isShort ? "30" : "60"), CultureInfo.InvariantCulture),
            isShort);
    }
}
