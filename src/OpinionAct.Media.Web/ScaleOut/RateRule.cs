namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>At most <see cref="Limit"/> counted events per <see cref="Window"/> under one key (a limit below one counts as one).</summary>
public readonly record struct RateRule(int Limit, TimeSpan Window)
{
    public int Permits => Math.Max(1, Limit);
}
