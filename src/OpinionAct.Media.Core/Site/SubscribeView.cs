namespace OpinionAct.Media.Site;

/// <summary>The model of the <c>subscribe</c> template: the form, and what happened to the last submission.</summary>
public sealed record SubscribeView
{
    public required SignupFormView Form { get; init; }

    /// <summary>Shown after a submission that went through (the same sentence whether the address was known or not).</summary>
    public string? Message { get; init; }

    /// <summary>One sentence about what to fix.</summary>
    public string? Error { get; init; }

    /// <summary>True when the reader came from a cached page's form and must press the button once more.</summary>
    public bool NeedsResubmit { get; init; }

    public string Url { get; init; } = string.Empty;
}
