namespace OpinionAct.Media.Site;

/// <summary>
/// The model of the <c>preferences</c> template, reached through the signed manage link of any email.
/// Every form posts to <see cref="Action"/> with the hidden <c>token</c> (<see cref="Token"/>), the antiforgery
/// field, and a <c>do</c> value: <c>save</c> (with <c>newsletters</c> checkboxes), <c>unsubscribe-all</c>,
/// <c>export</c> (downloads JSON) or <c>delete</c>.
/// </summary>
public sealed record PreferencesView
{
    public required string Email { get; init; }

    public required string Action { get; init; }

    public required string Token { get; init; }

    public IReadOnlyList<NewsletterOptionView> Newsletters { get; init; } = [];

    /// <summary>The address bounced or complained: nothing will be sent to it, whatever is ticked.</summary>
    public bool Suppressed { get; init; }

    public string? Message { get; init; }

    public required string AntiforgeryName { get; init; }

    public required string AntiforgeryValue { get; init; }

    public string Url { get; init; } = string.Empty;
}
