namespace OpinionAct.Media.Cluster;

/// <summary>Prints the checks as a table and says whether the run held.</summary>
public static class Report
{
    public static bool Print(IReadOnlyList<Check> checks)
    {
        var what = Math.Max(10, checks.Max(c => c.What.Length));
        var figure = Math.Max(6, checks.Max(c => c.Figure.Length));
        var bound = Math.Max(5, checks.Max(c => c.Bound.Length));
        Console.WriteLine();
        Console.WriteLine($"{"check".PadRight(what)}  {"figure".PadRight(figure)}  {"bound".PadRight(bound)}  result");
        Console.WriteLine($"{new string('-', what)}  {new string('-', figure)}  {new string('-', bound)}  ------");
        foreach (var check in checks)
        {
            var result = check.Bound == "-" ? "" : check.Held ? "ok" : "BREACH";
            Console.WriteLine($"{check.What.PadRight(what)}  {check.Figure.PadRight(figure)}  {check.Bound.PadRight(bound)}  {result}");
        }

        var breaches = checks.Count(c => !c.Held);
        Console.WriteLine();
        Console.WriteLine(breaches == 0 ? "cluster test: every check held" : $"cluster test: {breaches} breach(es)");
        return breaches == 0;
    }
}
