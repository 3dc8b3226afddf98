using OpinionAct.Media.MediaLibrary;

namespace OpinionAct.Media.Web.MediaLibrary;

/// <summary>Bytes of masters a tenant holds against its quota (<see cref="QuotaBytes"/> 0: no quota).</summary>
public sealed record MediaQuotaUsage(long UsedBytes, long QuotaBytes)
{
    /// <summary>Share of the quota used, 0..100 (and past it when the quota was lowered); null without a quota.</summary>
    public int? Percent => QuotaBytes <= 0 ? null : (int)Math.Min(int.MaxValue, UsedBytes * 100 / QuotaBytes);

    /// <summary>"12.3 MB / 2 GB (1 %)", or "12.3 MB" without a quota.</summary>
    public override string ToString() => QuotaBytes <= 0
        ? MediaSizes.Describe(UsedBytes)
        : $"{MediaSizes.Describe(UsedBytes)} / {MediaSizes.Describe(QuotaBytes)} ({Percent}%)";
}
