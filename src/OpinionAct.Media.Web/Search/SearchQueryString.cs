using System.Globalization;
using OpinionAct.Media.Search;

namespace OpinionAct.Media.Web.Search;

/// <summary>
/// The query-string form of a search (q, topic, expert, from, to, sort, page, pageSize), parsed leniently or strictly.
/// Bound through init properties rather than a positional constructor: the compile-time request delegates cannot
/// describe a constructor whose parameters are nullable reference types (CS8639 in the generated code).
/// </summary>
public sealed record SearchQueryString
{
    public string? Q { get; init; }

    public string? Topic { get; init; }

    public string? Expert { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }

    public const int MaxQueryLength = 1000;

    /// <summary>Parses the parameters; <paramref name="errors"/> collects what a strict caller (the API) refuses.</summary>
    public SearchRequest ToRequest(IReadOnlyList<string> topicSlugs, Dictionary<string, string[]> errors)
    {
        var from = Date(From, "from", errors);
        var to = Date(To, "to", errors);
        if (from > to)
        {
            errors["to"] = ["must not be before 'from'."];
        }

        var page = Number(Page, "page", 1, errors);
        var pageSize = Math.Clamp(Number(PageSize, "pageSize", 10, errors), 1, 50);
        var sort = Sort?.ToLowerInvariant() switch
        {
            null or "" or "relevance" => SearchSort.Relevance,
            "date" => SearchSort.Date,
            _ => Refuse(errors, "sort", "must be 'relevance' or 'date'."),
        };

        var query = Q is { Length: > MaxQueryLength } ? Q[..MaxQueryLength] : Q;
        return new SearchRequest
        {
            Query = query,
            TopicSlugs = topicSlugs,
            ExpertSlug = string.IsNullOrWhiteSpace(Expert) ? null : Expert.Trim(),
            FromUtc = from,
            // "to" is a day: include all of it.
            ToUtc = to?.AddDays(1).AddTicks(-1),
            Sort = sort,
            Page = page,
            PageSize = pageSize,
        };
    }

    private static DateTime? Date(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTime.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            return DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }

        errors[name] = [$"'{value}' is not a date (use YYYY-MM-DD)."];
        return null;
    }

    private static int Number(string? value, string name, int fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
        {
            return number;
        }

        errors[name] = [$"'{value}' is not a positive whole number."];
        return fallback;
    }

    private static SearchSort Refuse(Dictionary<string, string[]> errors, string name, string message)
    {
        errors[name] = [message];
        return SearchSort.Relevance;
    }
}
