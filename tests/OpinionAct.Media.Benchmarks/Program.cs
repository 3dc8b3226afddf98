using System.Globalization;
using OpinionAct.Media.Benchmarks;
using OpinionAct.Media.Benchmarks.Bdn;

// dotnet run -c Release --project tests/OpinionAct.Media.Benchmarks -- bdn [filter | BenchmarkDotNet options]
// dotnet run -c Release --project tests/OpinionAct.Media.Benchmarks -- search [count=50000]
// dotnet run -c Release --project tests/OpinionAct.Media.Benchmarks -- newsletters [count=20000] [--concurrency 8] [--rate 0] [--postgres] [--smtp-port P] [--rounds 4] [--dkim]
// dotnet run -c Release --project tests/OpinionAct.Media.Benchmarks -- insights [events=10000000]
// dotnet run -c Release --project tests/OpinionAct.Media.Benchmarks -- media [uploads=5] [--concurrent 20] [--budget PIXELS]
// dotnet run -c Release --project tests/OpinionAct.Media.Benchmarks -- media-seed DATA   (used by media-wrk.sh)
// dotnet run -c Release --project tests/OpinionAct.Media.Benchmarks -- large-hub-recipe ARTICLES FILE   (used by portability.sh)
// dotnet run -c Release --project tests/OpinionAct.Media.Benchmarks -- bounces [count=2000] [--rounds 3]   (MEDIA_TEST_IMAP: see bounces-imap.sh)
// dotnet run -c Release --project tests/OpinionAct.Media.Benchmarks -- webhooks [events=5000] [--down-seconds 300] [--rate 10] [--concurrency 8] [--retry-base SECONDS] [--postgres]
const string Usage = "usage: bdn [filter (part of a name, e.g. Search) | BenchmarkDotNet options (--list flat, --filter *Theme*)] | search [count=50000] | newsletters [count=20000] [--concurrency N] [--rate MESSAGES_PER_SECOND (0 = no limit)] [--postgres (MEDIA_BENCH_POSTGRES)] [--smtp-port P (an SMTP sink already listening on 127.0.0.1:P)] [--rounds N (alternating rounds of our send and the simplest client)] [--dkim (alternate rounds without and with DKIM signing)] | insights [events=10000000] | media [uploads=5] [--concurrent N] [--budget PIXELS (decode pixel budget)] | media-seed DATA_FOLDER | large-hub-recipe ARTICLES FILE | webhooks [events=5000] [--down-seconds 300] [--rate EVENTS_PER_SECOND] [--concurrency N] [--retry-base SECONDS] [--postgres] | bounces [count=2000] [--rounds 3]";
if (args.Length > 0 && args[0] == "bdn")
{
    return BdnVerb.Run(args[1..]);
}

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

if (args is ["large-hub-recipe", var countText, var recipePath])
{
    if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var articleCount) || articleCount < 1)
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }

    return await LargeHubRecipe.WriteAsync(articleCount, recipePath, Console.Out);
}

if (args is ["media-seed", var seedData])
{
    return await MediaUploadBenchmark.SeedAsync(seedData, Console.Out);
}

if (args.Length > 0 && args[0] == "media")
{
    var uploads = 5;
    var concurrent = 20;
    long? budget = null;
    for (var i = 1; i < args.Length; i++)
    {
        var ok = args[i] switch
        {
            "--concurrent" when i + 1 < args.Length => int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out concurrent) && concurrent is > 0 and <= 200,
            "--budget" when i + 1 < args.Length => long.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) && (budget = pixels) > 0,
            var n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out uploads) && uploads is > 0 and <= 100,
        };
        if (!ok)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }

    return await MediaUploadBenchmark.RunAsync(uploads, concurrent, budget, Console.Out);
}

if (args.Length > 0 && args[0] == "bounces")
{
    var dsns = 2000;
    var bounceRounds = 3;
    for (var i = 1; i < args.Length; i++)
    {
        var ok = args[i] switch
        {
            "--rounds" when i + 1 < args.Length => int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out bounceRounds) && bounceRounds is > 0 and <= 20,
            var n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out dsns) && dsns is >= 10 and <= 1_000_000,
        };
        if (!ok)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }

    return await BounceBenchmark.RunAsync(dsns, bounceRounds, Console.Out);
}

if (args.Length > 0 && args[0] == "webhooks")
{
    var events = 5000;
    var downSeconds = 300;
    var rate = 10.0;
    var concurrency = 8;
    TimeSpan? retryBase = null;
    var provider = "Sqlite";
    for (var i = 1; i < args.Length; i++)
    {
        if (args[i] == "--postgres")
        {
            provider = "Postgres";
            continue;
        }

        var ok = args[i] switch
        {
            "--down-seconds" when i + 1 < args.Length => int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out downSeconds) && downSeconds is > 0 and <= 86_400,
            "--rate" when i + 1 < args.Length => double.TryParse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture, out rate) && rate is > 0 and <= 10_000,
            "--concurrency" when i + 1 < args.Length => int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out concurrency) && concurrency is > 0 and <= 256,
            "--retry-base" when i + 1 < args.Length => double.TryParse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && (retryBase = TimeSpan.FromSeconds(seconds)) > TimeSpan.Zero,
            var n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out events) && events >= 10,
        };
        if (!ok)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }

    if (provider == "Postgres" && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("MEDIA_BENCH_POSTGRES")))
    {
        Console.Error.WriteLine("--postgres needs MEDIA_BENCH_POSTGRES (a connection string to a database the benchmark may fill)");
        return 2;
    }

    return await WebhookBenchmark.RunAsync(events, TimeSpan.FromSeconds(downSeconds), rate, concurrency, retryBase, provider, Console.Out);
}

if (args.Length == 0 || args[0] is not ("search" or "newsletters"))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

if (args[0] == "newsletters")
{
    var recipients = 20_000;
    var concurrency = 8;
    var rate = 0.0;
    var provider = "Sqlite";
    int? smtpPort = null;
    var rounds = 4;
    var dkim = false;
    for (var i = 1; i < args.Length; i++)
    {
        if (args[i] == "--postgres")
        {
            provider = "Postgres";
            continue;
        }

        if (args[i] == "--dkim")
        {
            dkim = true;
            continue;
        }

        var ok = args[i] switch
        {
            "--concurrency" when i + 1 < args.Length => int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out concurrency) && concurrency is > 0 and <= 64,
            "--rate" when i + 1 < args.Length => double.TryParse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture, out rate) && rate >= 0,
            "--smtp-port" when i + 1 < args.Length => int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && (smtpPort = port) is > 0 and < 65536,
            "--rounds" when i + 1 < args.Length => int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out rounds) && rounds is > 0 and <= 20,
            var n => int.TryParse(n, NumberStyles.Integer, CultureInfo.InvariantCulture, out recipients) && recipients >= 10,
        };
        if (!ok)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }

    if (provider == "Postgres" && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("MEDIA_BENCH_POSTGRES")))
    {
        Console.Error.WriteLine("--postgres needs MEDIA_BENCH_POSTGRES (a connection string to a database the benchmark may fill)");
        return 2;
    }

    return await NewsletterBenchmark.RunAsync(recipients, concurrency, rate, provider, smtpPort, rounds, dkim, Console.Out);
}

var count = 50_000;
if (args.Length > 1 && (!int.TryParse(args[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out count) || count < 100))
{
    Console.Error.WriteLine("count must be a whole number of at least 100");
    return 2;
}

SearchBenchmark.Run(count, Console.Out);
return 0;
