using OpinionAct.Media.Data.Syndication;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Web.Site;

public sealed partial class SiteRequest
{
    /// <summary>The attribution line of an article republished from an ally, with the original's date in this hub's time zone and language.</summary>
    public SyndicationOriginView Origin(SyndicatedCopyRecord copy) => new(copy.OriginHub, copy.OriginalUrl)
    {
        PublishedIso = copy.OriginalPublishedUtc is { } at ? Dates.Iso(at) : null,
        PublishedDisplay = copy.OriginalPublishedUtc is { } on ? Dates.Display(on) : null,
        Authors = copy.Authors,
    };
}
