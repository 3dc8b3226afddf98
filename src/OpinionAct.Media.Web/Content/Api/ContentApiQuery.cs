using System.Globalization;
using System.Text.RegularExpressions;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>
/// Reads and checks a Content API query string. Every problem is collected (one message per parameter), so a
/// 400 lists them all; an unknown parameter is a problem too, because each distinct query is a distinct cached
/// answer and made-up parameters would only be a way around the cache.
/// </summary>
internal static partial class ContentApiQuery
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    private const int MaxPage = 100_000;

    /// <summary>Which parameters an operation takes.</summary>
    public enum Kind
    {
        /// <summary>One item: <c>fields</c>.</summary>
        Item,

        /// <summary>A list: <c>page</c>, <c>limit</c>, <c>fields</c>.</summary>
        List,

        /// <summary>The article list: a list plus topic, expert, language and the date range.</summary>
        Articles,
    }

    public static (ContentApiParameters? Parameters, Dictionary<string, string[]> Errors) Parse(IQueryCollection query, Kind kind, IReadOnlyList<string> validFields)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var known = kind switch
        {
            Kind.Item => (string[])["fields", ContentKeyService.QueryName],
            Kind.List => ["page", "limit", "fields", ContentKeyService.QueryName],
            _ => ["page", "limit", "fields", "topic", "expert", "language", "published_after", "published_before", ContentKeyService.QueryName],
        };
        foreach (var (name, values) in query)
        {
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                errors[name] = [$"'{name}' is not a parameter of this operation; it takes {string.Join(", ", known)}."];
            }
            else if (values.Count > 1)
            {
                errors[name] = [$"Give '{name}' once."];
            }
        }

        var page = Number(query, "page", 1, 1, MaxPage, errors);
        var limit = Number(query, "limit", DefaultLimit, 1, MaxLimit, errors);
        var fields = Fields(query, validFields, errors);
        string? topic = null, expert = null, language = null;
        DateTime? after = null, before = null;
        if (kind == Kind.Articles)
        {
            topic = Slug(query, "topic", errors);
            expert = Slug(query, "expert", errors);
            language = Text(query, "language") is { } lang
                ? LanguagePattern().IsMatch(lang) ? lang.ToLowerInvariant() : Error(errors, "language", "'language' is a language code such as fr or en-GB.")
                : null;
            after = Date(query, "published_after", endOfDay: false, errors);
            before = Date(query, "published_before", endOfDay: true, errors);
            if (after is not null && before is not null && after > before)
            {
                errors["published_before"] = ["'published_before' is earlier than 'published_after'."];
            }
        }

        return errors.Count > 0 ? (null, errors) : (new ContentApiParameters(page, limit, fields, topic, expert, language, after, before), errors);
    }

    private static string? Text(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count == 1 && !string.IsNullOrWhiteSpace(values[0]) ? values[0]!.Trim() : null;

    private static int Number(IQueryCollection query, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (Text(query, name) is not { } text)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        errors[name] = [$"'{name}' is a whole number from {min} to {max}."];
        return fallback;
    }

    private static List<string>? Fields(IQueryCollection query, IReadOnlyList<string> validFields, Dictionary<string, string[]> errors)
    {
        if (Text(query, "fields") is not { } text)
        {
            return null;
        }

        var chosen = new List<string>();
        var unknown = new List<string>();
        foreach (var field in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = validFields.FirstOrDefault(f => string.Equals(f, field, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                unknown.Add(field);
            }
            else if (!chosen.Contains(match))
            {
                chosen.Add(match);
            }
        }

        if (unknown.Count > 0 || chosen.Count == 0)
        {
            errors["fields"] = [$"Unknown field(s): {string.Join(", ", unknown)}. Valid fields: {string.Join(", ", validFields)}."];
        }

        return chosen;
    }

    private static string? Slug(IQueryCollection query, string name, Dictionary<string, string[]> errors) =>
        Text(query, name) is { } slug
            ? slug.Length <= 100 && SlugPattern().IsMatch(slug) ? slug : Error(errors, name, $"'{name}' is a slug such as renovation (lowercase letters, digits and hyphens).")
            : null;

    /// <summary>A date (2026-03-01: the whole day counts) or a date and time with an offset (2026-03-01T08:00:00Z), in UTC.</summary>
    private static DateTime? Date(IQueryCollection query, string name, bool endOfDay, Dictionary<string, string[]> errors)
    {
        if (Text(query, name) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return endOfDay ? day.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc) : day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }

        if (text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return moment.UtcDateTime;
        }

        Error(errors, name, $"'{name}' is a date such as 2026-03-01 or a time such as 2026-03-01T08:00:00Z.");
        return null;
    }

    private static string? Error(Dictionary<string, string[]> errors, string name, string message)
    {
        errors[name] = [message];
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$")]
    private static partial Regex LanguagePattern();
}
