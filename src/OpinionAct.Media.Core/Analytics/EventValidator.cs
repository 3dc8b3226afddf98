using System.Globalization;

namespace OpinionAct.Media.Analytics;

/// <summary>
/// Checks a batch of events and reduces each to what is stored. Every problem is reported at once,
/// keyed by the event's index and field (<c>[2].url</c>), and nothing of a batch with a problem is kept.
/// </summary>
public static class EventValidator
{
    public const int MaxEvents = 100;
    public const int MaxUrlLength = 2000;
    public const int MaxQueryLength = 200;
    public const int MaxUtmLength = 100;
    public const int MaxEngagedSeconds = 3600;
    public const int MaxPosition = 1000;

    /// <param name="pathOnThisHub">The site-relative path of an absolute URL that belongs to this hub (host and prefix), or null.</param>
    public static IReadOnlyList<ValidEvent> Validate(IReadOnlyList<TrackedEventInput?> events, Func<Uri, string?> pathOnThisHub, Dictionary<string, string[]> errors)
    {
        if (events.Count == 0)
        {
            errors["events"] = ["Send at least one event."];
        }
        else if (events.Count > MaxEvents)
        {
            errors["events"] = [$"Send at most {MaxEvents} events per request, not {events.Count}."];
        }

        if (errors.Count > 0)
        {
            return [];
        }

        var valid = new List<ValidEvent>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            if (One(events[i], pathOnThisHub, i, errors) is { } ok)
            {
                valid.Add(ok);
            }
        }

        return errors.Count > 0 ? [] : valid;
    }

    private static ValidEvent? One(TrackedEventInput? e, Func<Uri, string?> pathOnThisHub, int index, Dictionary<string, string[]> errors)
    {
        // Errors of earlier events are already in the dictionary: this event failed if it added any. The key is
        // made only for a problem, so a valid event allocates no error strings (issue 15's profile).
        var errorsBefore = errors.Count;
        void Fail(string field, string message) => errors[string.Create(CultureInfo.InvariantCulture, $"[{index}].{field}")] = [message];
        if (e is null)
        {
            errors[string.Create(CultureInfo.InvariantCulture, $"[{index}]")] = ["An event must be a JSON object."];
            return null;
        }

        if (!EventTypes.TryParse(e.Type, out var type))
        {
            Fail("type", $"Unknown event type; use one of {string.Join(", ", EventTypes.Names)}.");
        }

        string? path = null;
        Uri? url = null;
        if (!TryAbsolute(e.Url, out url))
        {
            Fail("url", "The page URL must be an absolute http(s) URL of at most 2000 characters.");
        }
        else if ((path = pathOnThisHub(url!)) is null)
        {
            Fail("url", "The page URL does not belong to this site.");
        }

        Uri? referrer = null;
        if (!string.IsNullOrEmpty(e.Referrer) && !TryAbsolute(e.Referrer, out referrer))
        {
            Fail("referrer", "The referrer must be an absolute http(s) URL of at most 2000 characters.");
        }

        Uri? target = null;
        if (!string.IsNullOrEmpty(e.Target) && !TryAbsolute(e.Target, out target))
        {
            Fail("target", "The target must be an absolute http(s) URL of at most 2000 characters.");
        }

        if (e.EngagedSeconds is { } seconds && (double.IsNaN(seconds) || seconds < 0 || seconds > MaxEngagedSeconds))
        {
            Fail("engagedSeconds", $"Engaged seconds must be between 0 and {MaxEngagedSeconds}.");
        }

        if (e.ScrollDepth is { } depth && (double.IsNaN(depth) || depth < 0 || depth > 100))
        {
            Fail("scrollDepth", "Scroll depth is a percentage between 0 and 100.");
        }

        if (e.Position is { } position && (position < 1 || position > MaxPosition))
        {
            Fail("position", $"Position must be between 1 and {MaxPosition}.");
        }

        var query = e.Query?.Trim();
        if (query is { Length: > MaxQueryLength })
        {
            Fail("query", $"The query must be at most {MaxQueryLength} characters.");
        }

        if (type is EventType.Search or EventType.SearchClick && string.IsNullOrEmpty(query))
        {
            Fail("query", "A search event needs the query.");
        }

        if (type == EventType.SearchClick && e.Position is null)
        {
            Fail("position", "A search_click event needs the position of the result.");
        }

        if (type == EventType.Engagement && e.EngagedSeconds is null && e.ScrollDepth is null)
        {
            Fail("engagedSeconds", "An engagement event needs engagedSeconds or scrollDepth.");
        }

        var utm = e.Utm ?? FromQuery(url);
        if (utm is not null && (utm.Source?.Length > MaxUtmLength || utm.Medium?.Length > MaxUtmLength || utm.Campaign?.Length > MaxUtmLength))
        {
            Fail("utm", $"UTM values must be at most {MaxUtmLength} characters.");
        }

        if (errors.Count > errorsBefore)
        {
            return null;
        }

        var referrerHost = referrer?.Host.ToLowerInvariant();
        var internalReferrer = referrer is not null && pathOnThisHub(referrer) is not null;
        var source = SourceClassifier.Classify(referrerHost, internalReferrer, utm?.Source, utm?.Medium, utm?.Campaign);
        var campaign = source is TrafficSource.Newsletter or TrafficSource.Campaign ? Clean(utm?.Campaign) : null;
        return new ValidEvent(
            type,
            path!,
            source,
            campaign,
            internalReferrer ? null : referrerHost,
            target?.Host.ToLowerInvariant(),
            (int)Math.Round(e.EngagedSeconds ?? 0, MidpointRounding.AwayFromZero),
            e.ScrollDepth is { } d ? (int)Math.Round(d, MidpointRounding.AwayFromZero) : null,
            string.IsNullOrEmpty(query) ? null : query.ToLowerInvariant(),
            e.Position,
            AmbassadorCodeOf(url));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();

    private static bool TryAbsolute(string? text, out Uri? uri)
    {
        uri = null;
        return text is { Length: > 0 and <= MaxUrlLength }
            && Uri.TryCreate(text, UriKind.Absolute, out uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }

    /// <summary>
    /// The page URL's <c>amb</c> parameter (an ambassador's share link), or null. Never an error: a reader did not
    /// write it, and a wrong code is simply not attributed.
    /// </summary>
    private static string? AmbassadorCodeOf(Uri? url)
    {
        var query = url?.Query;
        if (query is null || !query.Contains("amb=", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var pair in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (pair.StartsWith("amb=", StringComparison.OrdinalIgnoreCase))
            {
                var value = Uri.UnescapeDataString(pair[4..]).Trim();
                return value.Length is > 0 and <= Ambassadors.AmbassadorCode.MaxLength ? value : null;
            }
        }

        return null;
    }

    private static UtmInput? FromQuery(Uri? url)
    {
        if (url is null || url.Query.Length < 2)
        {
            return null;
        }

        string? source = null, medium = null, campaign = null;
        foreach (var pair in url.Query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            // Tags read from the page URL are cut to size rather than refused: the reader did not write them.
            var value = Uri.UnescapeDataString(pair[(at + 1)..].Replace('+', ' '));
            value = value.Length > MaxUtmLength ? value[..MaxUtmLength] : value;
            switch (pair[..at].ToLower(CultureInfo.InvariantCulture))
            {
                case "utm_source": source = value; break;
                case "utm_medium": medium = value; break;
                case "utm_campaign": campaign = value; break;
            }
        }

        return source is null && medium is null && campaign is null ? null : new UtmInput(source, medium, campaign);
    }
}
