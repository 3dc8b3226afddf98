using OpinionAct.Media.Data.Content;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Web.MediaLibrary.Usage;

namespace OpinionAct.Media.Web.Site;

/// <summary>Where the site settings use a library item: the logo and the default social image.</summary>
internal sealed class SiteMediaUsage(SiteSettingsStore settings) : IMediaUsageSource
{
    public async Task<IReadOnlyList<MediaUsage>> FindAsync(int mediaId, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync(cancellationToken);
        var title = site.SiteName.Length > 0 ? site.SiteName : "site";
        var usages = new List<MediaUsage>();
        if (MediaReference.Parse(site.Logo?.Trim()) == mediaId)
        {
            usages.Add(new MediaUsage("settings", title, "logo", "/settings"));
        }

        if (MediaReference.Parse(site.SocialImage?.Trim()) == mediaId)
        {
            usages.Add(new MediaUsage("settings", title, "social image", "/settings"));
        }

        return usages;
    }
}
