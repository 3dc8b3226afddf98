namespace OpinionAct.Media.Insights;

/// <summary>Everything the dashboard, the exports and the CLI show for one period (both ends included, UTC days).</summary>
public sealed record InsightsReport(
    DateOnly From,
    DateOnly To,
    Figures Current,
    Figures Previous,
    IReadOnlyList<DailyPoint> Daily,
    IReadOnlyList<ArticleInsight> Articles,
    IReadOnlyList<SourceInsight> Sources,
    IReadOnlyList<SubjectInsight> Topics,
    IReadOnlyList<SubjectInsight> Experts,
    IReadOnlyList<ContentGap> Gaps,
    DemoHistory? Demo);
