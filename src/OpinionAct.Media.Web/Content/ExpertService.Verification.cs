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

    /// <summary>
    /// Puts back the marks an export carried, with who verified and when as the source hub recorded them, on the fields
    /// that have a value (imports only: no new verification happens, so nothing is audited).
    /// </summary>
    public async Task RestoreVerificationsAsync(int id, IReadOnlyList<ExpertVerification> marks, CancellationToken cancellationToken)
    {
        var expert = await experts.FindAsync(id, cancellationToken) ?? throw new ContentNotFoundException($"Expert {id} does not exist.");
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [ExpertVerification.Credentials] = expert.Credentials,
            [ExpertVerification.Affiliation] = expert.Affiliation,
            [ExpertVerification.ConflictsOfInterest] = expert.ConflictsOfInterest,
        };
        var kept = marks.Where(m => values.TryGetValue(m.Field, out var value) && !string.IsNullOrWhiteSpace(value)).DistinctBy(m => m.Field).ToList();
        expert.VerificationsJson = ContentJson.Write(kept);
        await unit.SaveAsync(cancellationToken);
        await ContentChanges.NotifyAsync(listeners, tenant.Tenant.Name, unit, cancellationToken);
    }
}
