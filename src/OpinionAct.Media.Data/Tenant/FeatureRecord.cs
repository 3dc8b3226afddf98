namespace OpinionAct.Media.Data.Tenant;

/// <summary>A feature a recipe asked to enable; <see cref="IsAvailable"/> says whether the platform has it.</summary>
public sealed class FeatureRecord
{
    public required string Id { get; set; }

    public bool IsAvailable { get; set; }

    public DateTime EnabledUtc { get; set; }
}
