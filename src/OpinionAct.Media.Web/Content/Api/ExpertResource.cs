using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>An expert as the Admin API answers it.</summary>
public sealed record ExpertResource(int Id, string Slug, string Name, string? JobTitle, string? Credentials, string Bio, string? PhotoUrl, IReadOnlyList<LinkView> Links)
{
    public static ExpertResource From(ExpertRecord expert)
    {
        var draft = ExpertService.ToDraft(expert);
        return new(expert.Id, expert.Slug, draft.Name, draft.JobTitle, draft.Credentials, draft.Bio, draft.PhotoUrl, draft.Links);
    }
}
