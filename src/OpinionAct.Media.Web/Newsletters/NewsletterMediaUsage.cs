using System.Globalization;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Web.MediaLibrary.Usage;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>Where newsletter issues use a library item: in their Markdown body (sent issues included: their archive shows it).</summary>
internal sealed class NewsletterMediaUsage(IssueStore issues) : IMediaUsageSource
{
    public async Task<IReadOnlyList<MediaUsage>> FindAsync(int mediaId, CancellationToken cancellationToken) =>
        (await issues.MentioningAsync(MediaReference.For(mediaId), cancellationToken))
            .Where(i => MediaMentions.Mentions(i.BodyMarkdown, mediaId))
            .Select(i => new MediaUsage("newsletter issue", i.Subject, "body", "/issues/" + i.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
}
