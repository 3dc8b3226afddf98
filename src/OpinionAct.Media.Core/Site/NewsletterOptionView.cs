namespace OpinionAct.Media.Site;

/// <summary>One newsletter a reader can tick: its slug is the checkbox value (<c>name="newsletters"</c>).</summary>
public sealed record NewsletterOptionView(string Slug, string Name, string? Description, string? Cadence)
{
    /// <summary>Ticked: pre-selected on a signup form, subscribed on the preferences page.</summary>
    public bool Checked { get; init; }

    /// <summary>On the preferences page: subscribed but not yet confirmed by the emailed link.</summary>
    public bool Pending { get; init; }
}
