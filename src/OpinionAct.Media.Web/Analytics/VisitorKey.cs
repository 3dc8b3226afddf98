namespace OpinionAct.Media.Web.Analytics;

/// <summary>A reader's key for one UTC day, and their key under the previous day's salt (0 when that salt is gone).</summary>
public readonly record struct VisitorKey(DateOnly Day, long Key, long PreviousKey);
