namespace OpinionAct.Media.Analytics;

/// <summary>
/// Classifies a visit from its UTM tags and referrer. UTM tags win (an editor tagged the link on
/// purpose): medium email/newsletter → newsletter, any other campaign → campaign. Then the referrer's
/// host: this hub → internal, a known search engine or social network, another site; none → direct.
/// </summary>
public static class SourceClassifier
{
    private static readonly string[] SearchEngines =
    [
        "google.", "bing.com", "duckduckgo.com", "qwant.com", "ecosia.org", "search.yahoo.", "yandex.", "baidu.com",
        "startpage.com", "search.brave.com", "kagi.com", "lilo.org",
    ];

    private static readonly string[] SocialNetworks =
    [
        "facebook.com", "fb.me", "t.co", "twitter.com", "x.com", "linkedin.com", "lnkd.in", "instagram.com", "reddit.com",
        "mastodon.", "threads.net", "bsky.app", "youtube.com", "tiktok.com", "pinterest.", "whatsapp.com", "news.ycombinator.com",
    ];

    private static readonly string[] NewsletterMediums = ["email", "e-mail", "newsletter", "mail"];

    public static TrafficSource Classify(string? referrerHost, bool referrerIsThisHub, string? utmSource, string? utmMedium, string? utmCampaign)
    {
        if (IsNewsletter(utmSource, utmMedium))
        {
            return TrafficSource.Newsletter;
        }

        if (!string.IsNullOrWhiteSpace(utmCampaign) || !string.IsNullOrWhiteSpace(utmMedium))
        {
            return TrafficSource.Campaign;
        }

        if (string.IsNullOrWhiteSpace(referrerHost))
        {
            return TrafficSource.Direct;
        }

        if (referrerIsThisHub)
        {
            return TrafficSource.Internal;
        }

        var host = referrerHost.Trim().ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        if (Matches(host, SearchEngines))
        {
            return TrafficSource.SearchEngine;
        }

        return Matches(host, SocialNetworks) ? TrafficSource.Social : TrafficSource.OtherSite;
    }

    private static bool IsNewsletter(string? source, string? medium) =>
        NewsletterMediums.Contains(medium?.Trim().ToLowerInvariant()) || string.Equals(source?.Trim(), "newsletter", StringComparison.OrdinalIgnoreCase);

    /// <summary>"google." matches google.fr and news.google.com; "t.co" matches t.co only, not bit.co.</summary>
    private static bool Matches(string host, string[] patterns) => patterns.Any(p => p.EndsWith('.')
        ? host.StartsWith(p, StringComparison.Ordinal) || host.Contains("." + p, StringComparison.Ordinal)
        : host == p || host.EndsWith("." + p, StringComparison.Ordinal));
}
