using System.Globalization;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Web.MediaLibrary.Usage;

namespace OpinionAct.Media.Web.Content;

/// <summary>Where content uses a library item: article covers and bodies, page bodies, expert photos and bios, topic images.</summary>
internal sealed class ContentMediaUsage(ArticleStore articles, PageStore pages, ExpertStore experts, TopicStore topics) : IMediaUsageSource
{
    public async Task<IReadOnlyList<MediaUsage>> FindAsync(int mediaId, CancellationToken cancellationToken)
    {
        var reference = MediaReference.For(mediaId);
        var usages = new List<MediaUsage>();

        // The stores match substrings (media:12 is in media:123 too); MediaMentions keeps the exact ones.
        foreach (var article in await articles.MentioningAsync(reference, cancellationToken))
        {
            var path = "/articles/" + article.Id.ToString(CultureInfo.InvariantCulture);
            if (MediaReference.Parse(article.CoverImage?.Trim()) == mediaId)
            {
                usages.Add(new MediaUsage("article", article.Title, "cover", path));
            }

            if (MediaMentions.Mentions(article.BodyMarkdown, mediaId) || MediaMentions.Mentions(article.BodyHtml, mediaId))
            {
                usages.Add(new MediaUsage("article", article.Title, "body", path));
            }
        }

        foreach (var page in await pages.MentioningAsync(reference, cancellationToken))
        {
            if (MediaMentions.Mentions(page.BodyMarkdown, mediaId) || MediaMentions.Mentions(page.BodyHtml, mediaId))
            {
                usages.Add(new MediaUsage("page", page.Title, "body", "/pages/" + page.Id.ToString(CultureInfo.InvariantCulture)));
            }
        }

        foreach (var expert in await experts.MentioningAsync(reference, cancellationToken))
        {
            var path = "/experts/" + expert.Id.ToString(CultureInfo.InvariantCulture);
            if (MediaReference.Parse(expert.PhotoUrl?.Trim()) == mediaId)
            {
                usages.Add(new MediaUsage("expert", expert.Name, "photo", path));
            }

            if (MediaMentions.Mentions(expert.BioMarkdown, mediaId) || MediaMentions.Mentions(expert.BioHtml, mediaId))
            {
                usages.Add(new MediaUsage("expert", expert.Name, "bio", path));
            }
        }

        foreach (var topic in await topics.MentioningAsync(reference, cancellationToken))
        {
            if (MediaReference.Parse(topic.Image?.Trim()) == mediaId)
            {
                usages.Add(new MediaUsage("topic", topic.Name, "image", "/topics/" + topic.Id.ToString(CultureInfo.InvariantCulture)));
            }
        }

        return usages;
    }
}
