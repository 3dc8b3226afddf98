namespace OpinionAct.Media.Web.Ambassadors;

/// <summary>What an editor typed in the "new ambassador" form, shown again with the error when it is refused.</summary>
public sealed record AmbassadorDraft(string? Name, string? Kind, string? Email, int? ExpertId);
