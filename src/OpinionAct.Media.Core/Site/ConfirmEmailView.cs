namespace OpinionAct.Media.Site;

/// <summary>
/// The model of the <c>confirm</c> email template (double opt-in): the single-use link, what the person
/// asked for and the consent text they were shown, and the sentences around them in the site's language.
/// </summary>
public sealed record ConfirmEmailView
{
    /// <summary>Absolute, signed, single-use; valid <see cref="ValidHours"/> hours.</summary>
    public required string ConfirmUrl { get; init; }

    /// <summary>Names of the newsletters to confirm.</summary>
    public IReadOnlyList<string> Newsletters { get; init; } = [];

    public required string ConsentText { get; init; }

    public int ValidHours { get; init; } = 48;

    public required string Intro { get; init; }

    public required string Button { get; init; }

    /// <summary>"Link valid for 48 hours."</summary>
    public required string Validity { get; init; }

    /// <summary>"If you did not ask for this, ignore this email: nothing will be sent."</summary>
    public required string Ignore { get; init; }

    /// <summary>Heading before <see cref="ConsentText"/>.</summary>
    public required string ConsentLabel { get; init; }
}
