namespace OpinionAct.Media.Web.MediaLibrary.Usage;

/// <summary>Every place in the tenant that uses an item, from every module's <see cref="IMediaUsageSource"/>.</summary>
public sealed class MediaUsageFinder(IEnumerable<IMediaUsageSource> sources)
{
    public async Task<IReadOnlyList<MediaUsage>> FindAsync(int mediaId, CancellationToken cancellationToken)
    {
        var usages = new List<MediaUsage>();
        foreach (var source in sources)
        {
            usages.AddRange(await source.FindAsync(mediaId, cancellationToken));
        }

        return usages;
    }
}
