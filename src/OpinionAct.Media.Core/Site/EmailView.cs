namespace OpinionAct.Media.Site;

/// <summary>
/// What every email template sees as <c>email</c>: the envelope shared by all kinds of email
/// (the layout prints the subject as title, the preheader, and the footer links).
/// </summary>
public sealed record EmailView
{
    public required string Subject { get; init; }

    /// <summary>The short line inbox lists show after the subject; hidden in the body.</summary>
    public string? Preheader { get; init; }

    /// <summary>The newsletter this email belongs to, named in the footer; null for emails outside a newsletter.</summary>
    public string? NewsletterName { get; init; }

    /// <summary>The recipient's signed preferences link (absolute); null when the email has none (a test send shows a placeholder).</summary>
    public string? ManageUrl { get; init; }

    /// <summary>The recipient's signed link that unsubscribes from this newsletter (absolute); null outside a newsletter send.</summary>
    public string? UnsubscribeUrl { get; init; }
}
