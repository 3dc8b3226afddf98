namespace OpinionAct.Media.Data.Tenant;

/// <summary>
/// A content type or part definition from an Orchard Core recipe's <c>ContentDefinition</c> step, kept as written: this
/// platform has fixed content types, but the definitions travel on in exports, and the report says which types we import.
/// </summary>
public sealed class ContentDefinitionRecord
{
    /// <summary><c>Type</c> or <c>Part</c>.</summary>
    public required string Kind { get; set; }

    public required string Name { get; set; }

    /// <summary>The definition's JSON as the recipe gave it.</summary>
    public required string Json { get; set; }

    public DateTime RecordedUtc { get; set; }
}
