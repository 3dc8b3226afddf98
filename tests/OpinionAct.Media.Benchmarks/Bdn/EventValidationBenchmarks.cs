using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OpinionAct.Media.Analytics;

namespace OpinionAct.Media.Benchmarks.Bdn;

/// <summary>
/// What <c>POST /api/events</c> does with a body before any rate limit or database: parse it as the
/// endpoint does (one object or an array) and check it with <see cref="EventValidator.Validate"/>,
/// which classifies the traffic source and reduces each event to what is stored. The tenant's host
/// and prefix check is a plain string comparison here (the endpoint asks the tenant matcher). Each
/// call takes the next of 256 different bodies (pages, referrers, UTM tags). The baseline is the
/// JSON parse alone of a tracker's page view, so the ratio is the validation's cost over parsing.
/// </summary>
// Public and not sealed, unlike the rest of the code: BenchmarkDotNet finds benchmark classes by
// reflection among public types and generates a runner class that derives from each one.
public class EventValidationBenchmarks
{
    private const int Variants = 256;
    private const string Host = "energies-demain.exemple.fr";
    private const string Prefix = "/demo/";

    private static readonly string[] Referrers =
    [
        "https://www.google.fr/", "https://www.linkedin.com/", "https://energies-demain.exemple.fr/demo/", "https://news.ycombinator.com/item?id=1",
        "https://www.qwant.com/?q=raccordement", "https://mastodon.social/@energiesdemain", "https://www.lemonde.fr/planete/", "https://t.co/abc",
    ];

    private readonly Func<Uri, string?> _pathOnHub = PathOnHub;
    private byte[][] _pageViews = [];
    private byte[][] _engagements = [];
    private byte[][] _batches = [];
    private byte[][] _invalid = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _pageViews = Bodies(PageViewJson);
        _engagements = Bodies(i => string.Create(CultureInfo.InvariantCulture, $$"""{"type":"engagement","engagedSeconds":{{i % 300}},"scrollDepth":{{i % 101}},"url":"{{Page(i)}}","referrer":"{{Referrers[i % Referrers.Length]}}"}"""));
        _batches = Bodies(i => "[" + string.Join(',', Enumerable.Range(i, 20).Select(Mixed)) + "]");
        _invalid = Bodies(i => string.Create(CultureInfo.InvariantCulture, $$"""{"type":"search_click","url":"https://elsewhere.exemple.org/demo/articles/a-{{i}}","scrollDepth":140,"query":""}"""));

        // Every body must give the answer its benchmark claims to measure.
        foreach (var (bodies, valid) in new[] { (_pageViews, true), (_engagements, true), (_batches, true), (_invalid, false) })
        {
            foreach (var body in bodies)
            {
                var errors = new Dictionary<string, string[]>();
                EventValidator.Validate(Parse(body), _pathOnHub, errors);
                if (errors.Count == 0 != valid)
                {
                    throw new InvalidOperationException($"{Encoding.UTF8.GetString(body)}: {string.Join("; ", errors.SelectMany(e => e.Value))}");
                }
            }
        }
    }

    [Benchmark(Baseline = true, Description = "Parse only, page view")]
    public List<TrackedEventInput?> ParsePageView() => Parse(Next(_pageViews));

    [Benchmark(Description = "Parse + validate, page view")]
    public IReadOnlyList<ValidEvent> PageView() => Validate(Next(_pageViews));

    [Benchmark(Description = "Parse + validate, engagement")]
    public IReadOnlyList<ValidEvent> Engagement() => Validate(Next(_engagements));

    [Benchmark(Description = "Parse + validate, batch of 20")]
    public IReadOnlyList<ValidEvent> Batch() => Validate(Next(_batches));

    [Benchmark(Description = "Parse + validate, invalid (4 problems)")]
    public IReadOnlyList<ValidEvent> Invalid() => Validate(Next(_invalid));

    private static string Page(int i) => string.Create(CultureInfo.InvariantCulture, $"https://{Host}{Prefix}articles/article-{i}")
        + (i % 4 == 0 ? "?utm_source=newsletter&utm_medium=email&utm_campaign=hebdo-" + i.ToString(CultureInfo.InvariantCulture) : string.Empty);

    private static string PageViewJson(int i) => $$"""{"type":"pageview","url":"{{Page(i)}}","referrer":"{{Referrers[i % Referrers.Length]}}"}""";

    private static string Mixed(int i) => (i % 5) switch
    {
        0 => PageViewJson(i),
        1 => string.Create(CultureInfo.InvariantCulture, $$"""{"type":"engagement","engagedSeconds":{{i % 300}},"url":"{{Page(i)}}"}"""),
        2 => $$"""{"type":"outbound","target":"https://www.rte-france.com/sddr","url":"{{Page(i)}}"}""",
        3 => string.Create(CultureInfo.InvariantCulture, $$"""{"type":"search_click","query":"raccordement","position":{{1 + (i % 10)}},"url":"https://{{Host}}{{Prefix}}search?q=raccordement"}"""),
        _ => $$"""{"type":"share","target":"https://www.linkedin.com/sharing/share-offsite/","url":"{{Page(i)}}"}""",
    };

    private static byte[][] Bodies(Func<int, string> body) => [.. Enumerable.Range(0, Variants).Select(i => Encoding.UTF8.GetBytes(body(i)))];

    /// <summary>As the endpoint parses a body: an array of events, or one event.</summary>
    private static List<TrackedEventInput?> Parse(byte[] body)
    {
        var span = body.AsSpan().TrimStart(" \t\r\n"u8);
        if (span.Length > 0 && span[0] == (byte)'[')
        {
            return JsonSerializer.Deserialize(span, TrackedEventJson.Default.ListTrackedEventInput) ?? [];
        }

        return [JsonSerializer.Deserialize(span, TrackedEventJson.Default.TrackedEventInput) ?? throw new JsonException("null")];
    }

    /// <summary>The site-relative path of a URL on this hub's host under its prefix, else null.</summary>
    private static string? PathOnHub(Uri url) =>
        string.Equals(url.Authority, Host, StringComparison.OrdinalIgnoreCase) && url.AbsolutePath.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            ? Uri.UnescapeDataString(url.AbsolutePath[Prefix.Length..].Trim('/'))
            : null;

    private IReadOnlyList<ValidEvent> Validate(byte[] body) => EventValidator.Validate(Parse(body), _pathOnHub, new Dictionary<string, string[]>());

    private byte[] Next(byte[][] bodies)
    {
        _next = (_next + 1) % Variants;
        return bodies[_next];
    }
}
