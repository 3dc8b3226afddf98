using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Content;

/// <summary>
/// Content rows that mention a library reference (<c>media:12</c>) in an image field or a Markdown body:
/// candidates for "where is this image used?". A body match is a substring match; the caller confirms it
/// with the Markdown parser (<c>media:12</c> also occurs in <c>media:120</c>).
/// </summary>
public sealed class ContentMediaStore(TenantDbContext db)
{
    public async Task<List<ContentMediaMention>> MentionsAsync(string reference, CancellationToken cancellationToken)
    {
        var mentions = new List<ContentMediaMention>();
        mentions.AddRange(await db.Articles.AsNoTracking()
            .Where(a => a.CoverImage == reference || a.BodyMarkdown.Contains(reference))
            .OrderBy(a => a.Id)
            .Select(a => new ContentMediaMention("article", a.Id, a.Title, a.CoverImage, a.BodyMarkdown))
            .ToListAsync(cancellationToken));
        mentions.AddRange(await db.Pages.AsNoTracking()
            .Where(p => p.BodyMarkdown.Contains(reference))
            .OrderBy(p => p.Id)
            .Select(p => new ContentMediaMention("page", p.Id, p.Title, null, p.BodyMarkdown))
            .ToListAsync(cancellationToken));
        mentions.AddRange(await db.Experts.AsNoTracking()
            .Where(e => e.PhotoUrl == reference || e.BioMarkdown.Contains(reference))
            .OrderBy(e => e.Id)
            .Select(e => new ContentMediaMention("expert", e.Id, e.Name, e.PhotoUrl, e.BioMarkdown))
            .ToListAsync(cancellationToken));
        mentions.AddRange(await db.Topics.AsNoTracking()
            .Where(t => t.Image == reference)
            .OrderBy(t => t.Id)
            .Select(t => new ContentMediaMention("topic", t.Id, t.Name, t.Image, null))
            .ToListAsync(cancellationToken));
        var settings = await db.SiteSettings.AsNoTracking()
            .Where(s => s.Logo == reference || s.SocialImage == reference)
            .Select(s => new { s.SiteName, s.Logo, s.SocialImage })
            .FirstOrDefaultAsync(cancellationToken);
        if (settings is not null)
        {
            if (settings.Logo == reference)
            {
                mentions.Add(new ContentMediaMention("settings", 0, settings.SiteName, "logo", null));
            }

            if (settings.SocialImage == reference)
            {
                mentions.Add(new ContentMediaMention("settings", 0, settings.SiteName, "social", null));
            }
        }

        return mentions;
    }
}
