using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>
/// An expert as the Admin API answers it, with the guest-expert fields and the editors' "verified" marks (which field,
/// who vouched for it, when).
/// </summary>
public sealed record ExpertResource(
    int Id,
    string Slug,
    string Name,
    string? JobTitle,
    string? Credentials,
    string Bio,
    string? PhotoUrl,
    IReadOnlyList<LinkView> Links,
    string? Affiliation,
    string? ConflictsOfInterest,
    IReadOnlyList<string> Verified,
    IReadOnlyList<ExpertVerification> Verifications)
{
    public static ExpertResource From(ExpertRecord expert)
    {
        var draft = ExpertService.ToDraft(expert);
        return new(expert.Id, expert.Slug, draft.Name, draft.JobTitle, draft.Credentials, draft.Bio, draft.PhotoUrl, draft.Links,
            draft.Affiliation, draft.ConflictsOfInterest, draft.Verified, ContentJson.Verifications(expert.VerificationsJson));
    }
}
