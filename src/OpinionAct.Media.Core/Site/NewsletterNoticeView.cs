namespace OpinionAct.Media.Site;

/// <summary>
/// The model of the <c>newsletter-notice</c> template: a heading, a sentence, and optionally one button
/// that posts <c>token</c> to <see cref="Action"/> (confirming a subscription or unsubscribing; a GET never
/// changes anything, so mail scanners that follow links cannot confirm or unsubscribe anyone).
/// </summary>
public sealed record NewsletterNoticeView
{
    public required string Title { get; init; }

    public required string Text { get; init; }

    public string? Action { get; init; }

    public string? Token { get; init; }

    public string? Button { get; init; }

    /// <summary>A link onwards (the preferences page, or the home page).</summary>
    public LinkView? Link { get; init; }

    public string Url { get; init; } = string.Empty;
}
