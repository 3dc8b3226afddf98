namespace OpinionAct.Media.Insights;

/// <summary>One day of the views-and-visitors chart.</summary>
public sealed record DailyPoint(DateOnly Day, long Views, long Visitors);
