namespace OpinionAct.Media.Deliverability;

/// <summary>
/// What <see cref="BounceParser"/> read from one message of the bounce mailbox: its type, the recipients it reports
/// on, every address the bounce was sent to or the original was sent from (where a VERP token can be found), and the
/// issue and subscriber named by the enclosed original's <c>Message-ID</c> (<c>issue-{issue}.{subscriber}.…</c>),
/// which are unauthenticated hints only.
/// </summary>
public sealed record BounceReport(BounceMessageType Type, IReadOnlyList<BounceRecipient> Recipients, IReadOnlyList<string> ReturnAddresses)
{
    public int? IssueHint { get; init; }

    public int? SubscriberHint { get; init; }

    /// <summary>Why a report is <see cref="BounceMessageType.Malformed"/>, in one sentence.</summary>
    public string? Problem { get; init; }

    public static BounceReport NotAReport { get; } = new(BounceMessageType.NotAReport, [], []);

    public static BounceReport Malformed(string problem, IReadOnlyList<string> returnAddresses) =>
        new(BounceMessageType.Malformed, [], returnAddresses) { Problem = problem };
}
