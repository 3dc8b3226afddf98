namespace OpinionAct.Media.Insights;

/// <summary>Views and daily-unique visitors from one kind of source (direct, search engine, social...).</summary>
public sealed record SourceInsight(string Source, long Views, long Visitors, long Signups, long ConfirmedSignups);
