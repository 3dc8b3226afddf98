namespace OpinionAct.Media.Content;

/// <summary>A "verified by the editors" mark on one field of an expert's profile: who vouched for it, and when.</summary>
public sealed record ExpertVerification(string Field, string By, DateTimeOffset AtUtc)
{
    public const string Credentials = "Credentials";
    public const string Affiliation = "Affiliation";
    public const string ConflictsOfInterest = "ConflictsOfInterest";

    /// <summary>The fields a mark can be put on: the ones a reader weighs an expert by.</summary>
    public static readonly IReadOnlyList<string> Fields = [Credentials, Affiliation, ConflictsOfInterest];

    /// <summary>
    /// The marks after a save: a mark stays while its field keeps its value, goes when the value changes or the
    /// editor unticks it, and is added for a ticked field whose saved value did not change (never on an empty field).
    /// </summary>
    public static (List<ExpertVerification> Marks, List<string> Added, List<string> Cleared) Apply(
        IReadOnlyList<ExpertVerification> previous, IReadOnlyDictionary<string, (string? Before, string? After)> values, IReadOnlyCollection<string> ticked, string by, DateTimeOffset now)
    {
        var marks = new List<ExpertVerification>();
        var added = new List<string>();
        var cleared = new List<string>();
        foreach (var field in Fields)
        {
            var (before, after) = values[field];
            var unchanged = string.Equals(before ?? string.Empty, after ?? string.Empty, StringComparison.Ordinal);
            var old = previous.FirstOrDefault(m => m.Field == field);
            var keep = unchanged && ticked.Contains(field) && !string.IsNullOrWhiteSpace(after);
            if (keep)
            {
                marks.Add(old ?? new ExpertVerification(field, by, now));
                if (old is null)
                {
                    added.Add(field);
                }
            }
            else if (old is not null)
            {
                cleared.Add(field);
            }
        }

        return (marks, added, cleared);
    }
}
