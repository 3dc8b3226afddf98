namespace OpinionAct.Media.Site;

/// <summary>
/// The "ask our experts" form (<c>_ask</c> partial, <c>ask</c> page): where it posts, what it is about (a topic, an
/// expert or an article), and, on the <c>ask</c> page, what the reader typed and a fresh antiforgery field.
/// </summary>
public sealed record AskFormView
{
    public required string Action { get; init; }

    public string? Topic { get; init; }

    public string? Expert { get; init; }

    public string? Article { get; init; }

    public string? Page { get; init; }

    public string? Question { get; init; }

    public string? Email { get; init; }

    public string? AntiforgeryName { get; init; }

    public string? AntiforgeryValue { get; init; }

    public string? Message { get; init; }

    public string? Error { get; init; }

    /// <summary>Name of the honeypot field: hidden from people, filled only by bots.</summary>
    public string HoneypotName { get; init; } = "website";
}
