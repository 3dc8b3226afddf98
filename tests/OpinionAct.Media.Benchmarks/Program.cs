using System.Globalization;
using OpinionAct.Media.Benchmarks;

// dotnet run -c Release --project tests/OpinionAct.Media.Benchmarks -- search [count=50000]
// dotnet run -c Release --project tests/OpinionAct.Media.Benchmarks -- insights [events=10000000]
if (args.Length > 0 && args[0] == "insights")
{
    var events = 10_000_000L;
    if (args.Length > 1 && (!long.TryParse(args[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out events) || events < 100_000))
    {
        Console.Error.WriteLine("events must be a whole number of at least 100000");
        return 2;
    }

    await InsightsBenchmark.RunAsync(events, Console.Out);
    return 0;
}

if (args.Length == 0 || args[0] != "search")
{
    Console.Error.WriteLine("usage: search [count=50000] | insights [events=10000000]");
    return 2;
}

var count = 50_000;
if (args.Length > 1 && (!int.TryParse(args[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out count) || count < 100))
{
    Console.Error.WriteLine("count must be a whole number of at least 100");
    return 2;
}

SearchBenchmark.Run(count, Console.Out);
return 0;
