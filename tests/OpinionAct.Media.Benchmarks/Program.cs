using System.Globalization;
using OpinionAct.Media.Benchmarks;

// dotnet run -c Release --project tests/OpinionAct.Media.Benchmarks -- search [count=50000]
if (args.Length == 0 || args[0] != "search")
{
    Console.Error.WriteLine("usage: search [count=50000]");
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
