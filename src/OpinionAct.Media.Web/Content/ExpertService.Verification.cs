using OpinionAct.Media.Audit;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;

namespace OpinionAct.Media.Web.Content;

public sealed partial class ExpertService
{
    /// <summary>
    /// Updates the expert's "verified by the editors" marks before the new values are written, and stages one
    /// audit entry per mark added or cleared, saved with the expert in the same unit of work.
    /// </summary>
    private void Verify(ExpertRecord expert, ExpertDraft draft, string by)
    {
        var values = new Dictionary<string, (string?, string?)>(StringComparer.Ordinal)
        {
            [ExpertVerification.Credentials] = (expert.Credentials, ContentPaths.Blank(draft.Credentials)),
            [ExpertVerification.Affiliation] = (expert.Affiliation, ContentPaths.Blank(draft.Affiliation)),
            [ExpertVerification.ConflictsOfInterest] = (expert.ConflictsOfInterest, ContentPaths.Blank(draft.ConflictsOfInterest)),
        };
        var (marks, added, cleared) = ExpertVerification.Apply(
            ContentJson.Verifications(expert.VerificationsJson), values, draft.Verified.ToHashSet(StringComparer.Ordinal), by, clock.GetUtcNow());
        expert.VerificationsJson = ContentJson.Write(marks);
        var target = string.IsNullOrEmpty(expert.Slug) ? draft.Name : expert.Slug;
        if (added.Count > 0)
        {
            audit.Add(AuditActions.ExpertVerified, target, string.Join(", ", added));
        }

        if (cleared.Count > 0)
        {
            audit.Add(AuditActions.ExpertVerificationCleared, target, string.Join(", ", cleared));
        }
    }
}
