using OpinionAct.Media.Data.Ambassadors;

namespace OpinionAct.Media.Web.Ambassadors;

/// <summary>One ambassador on the admin page: who, their share link, and their figures over the period shown.</summary>
public sealed record AmbassadorRow(AmbassadorRecord Ambassador, string ShareUrl, AmbassadorFigures Figures, string? ExpertName);
