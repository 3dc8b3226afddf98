using System.Globalization;
using System.Text.RegularExpressions;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>
/// A revision's note in the admin's language. Notes are stored in English, as the history's neutral record
/// ("published", "restored revision 3", "scheduled for 2026-10-03 14:05 UTC"); the pages show them translated, and a
/// scheduled time in the site's time zone. A note this list does not know is shown as stored.
/// </summary>
internal static partial class RevisionLabels
{
    private static readonly Dictionary<string, string> Fixed = new(StringComparer.Ordinal)
    {
        ["created"] = "revision.created",
        ["saved"] = "revision.saved",
        ["autosaved"] = "revision.autosaved",
        ["published"] = "revision.published",
        ["published by the scheduler"] = "revision.published_by_scheduler",
        ["unpublished"] = "revision.unpublished",
        ["archived"] = "revision.archived",
        ["updated by a recipe"] = "revision.updated_by_recipe",
    };

    public static string Describe(AdminRequest r, string? note)
    {
        if (string.IsNullOrEmpty(note))
        {
            return string.Empty;
        }

        if (Fixed.TryGetValue(note, out var key))
        {
            return r.T(key);
        }

        if (Restored().Match(note) is { Success: true } restored)
        {
            return r.Text.Format("revision.restored", restored.Groups[1].Value);
        }

        if (Scheduled().Match(note) is { Success: true } scheduled
            && DateTime.TryParseExact(scheduled.Groups[1].Value, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
        {
            return r.Text.Format("revision.scheduled", $"{r.Date(at)} ({r.Zone.Id})");
        }

        return note;
    }

    [GeneratedRegex(@"^restored revision (\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Restored();

    [GeneratedRegex(@"^scheduled for (\d{4}-\d{2}-\d{2} \d{2}:\d{2}) UTC$", RegexOptions.CultureInvariant)]
    private static partial Regex Scheduled();
}
