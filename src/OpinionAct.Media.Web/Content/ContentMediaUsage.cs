using OpinionAct.Media.Data.Content;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Web.MediaLibrary.Usage;

namespace OpinionAct.Media.Web.Content;

/// <summary>
/// Where content shows a library item: article covers and bodies, page bodies, expert photos and bios, topic
/// images, the site's logo and sharing image. Registered by Content, so the library never reads content tables.
/// </summary>
internal sealed class ContentMediaUsage(ContentMediaStore store) : IMediaUsageSource
{
    public async Task<IReadOnlyList<MediaUsage>> FindAsync(int mediaId, CancellationToken cancellationToken)
    {
        var reference = MediaReference.For(mediaId);
        var usages = new List<MediaUsage>();
        foreach (var mention in await store.MentionsAsync(reference, cancellationToken))
        {
            var path = mention.Kind switch
            {
                "article" => $"/articles/{mention.Id}",
                "page" => $"/pages/{mention.Id}",
                "expert" => $"/experts/{mention.Id}",
                "topic" => $"/topics/{mention.Id}",
                _ => "/settings",
            };
            if (mention.Kind == "settings")
            {
                usages.Add(new MediaUsage(mention.Kind, mention.Title, mention.Field!, path));
                continue;
            }

            if (string.Equals(mention.Field, reference, StringComparison.OrdinalIgnoreCase))
            {
                usages.Add(new MediaUsage(mention.Kind, mention.Title, mention.Kind switch { "article" => "cover", "expert" => "photo", _ => "image" }, path));
            }

            if (MarkdownImages.Find(mention.Markdown).Any(i => i.Id == mediaId))
            {
                usages.Add(new MediaUsage(mention.Kind, mention.Title, mention.Kind == "expert" ? "bio" : "body", path));
            }
        }

        return usages;
    }
}
