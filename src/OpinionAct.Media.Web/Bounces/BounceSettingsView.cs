using OpinionAct.Media.Data.Bounces;

namespace OpinionAct.Media.Web.Bounces;

/// <summary>The bounce section of the mail settings page: stored settings, the form's values, and the mailbox's last pass.</summary>
public sealed record BounceSettingsView(BounceSettingsRecord Current, BounceSettingsDraft Input, DateTime? LastPassUtc, BouncePassSummary? LastPass, string? LastError)
{
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();
}
