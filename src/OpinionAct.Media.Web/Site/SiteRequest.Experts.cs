using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Content;

namespace OpinionAct.Media.Web.Site;

public sealed partial class SiteRequest
{
    /// <summary>The expert page's facts in a fixed order, each with the date the editors verified it (if they did).</summary>
    public IReadOnlyList<ExpertFactView> ExpertFacts(ExpertRecord expert)
    {
        var marks = ContentJson.Verifications(expert.VerificationsJson);
        ExpertFactView? Fact(string field, string label, string? value) =>
            string.IsNullOrWhiteSpace(value) ? null
            : marks.FirstOrDefault(m => m.Field == field) is { } mark
                ? new ExpertFactView(label, value) { VerifiedIso = Dates.Iso(mark.AtUtc.UtcDateTime), VerifiedDisplay = Dates.Display(mark.AtUtc.UtcDateTime) }
                : new ExpertFactView(label, value);
        return new[]
        {
            Fact(ExpertVerification.Credentials, Site.Text.Credentials, expert.Credentials),
            Fact(ExpertVerification.Affiliation, Site.Text.Affiliation, expert.Affiliation),
            Fact(ExpertVerification.ConflictsOfInterest, Site.Text.ConflictsOfInterest, expert.ConflictsOfInterest),
        }.OfType<ExpertFactView>().ToList();
    }
}
