namespace OpinionAct.Media.Data.Tenant;

/// <summary>An audit row for each recipe applied to the tenant, with its report (added in schema version 2).</summary>
public sealed class RecipeRunRecord
{
    public int Id { get; set; }

    public required string Recipe { get; set; }

    public DateTime AppliedUtc { get; set; }

    /// <summary>The recipe report as JSON.</summary>
    public string ReportJson { get; set; } = "{}";
}
