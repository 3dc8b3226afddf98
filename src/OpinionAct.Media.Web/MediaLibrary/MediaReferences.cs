using OpinionAct.Media.Content;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.MediaLibrary;

namespace OpinionAct.Media.Web.MediaLibrary;

/// <summary>
/// What other modules ask of the library about the <c>media:&lt;id&gt;</c> references they store: does the
/// item exist in this tenant (picker fields), and do an article's images have alt text (publishing).
/// Content calls this class; the library never reads content tables, so the dependency stays one-way.
/// </summary>
public sealed class MediaReferences(MediaStore store)
{
    /// <summary>
    /// Checks an image field: <c>media:&lt;id&gt;</c> of an item of this tenant, or an http(s) URL or site path.
    /// Errors go to <paramref name="errors"/> under <paramref name="field"/>.
    /// </summary>
    public async Task CheckFieldAsync(FieldErrors errors, string field, string? value, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        value = value.Trim();
        if (!value.StartsWith(MediaReference.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            errors.Url(value, field, absoluteOnly: false);
            return;
        }

        if (MediaReference.Parse(value) is not { } id)
        {
            errors.Add(field, $"'{value}' is not a library reference: write media: followed by the item's number, or choose it from the library.");
        }
        else if ((await store.ReadAsync([id], cancellationToken)).Count == 0)
        {
            errors.Add(field, $"media item {id} does not exist in this site's library.");
        }
    }

    /// <summary>
    /// Names, in <paramref name="errors"/>, the images of an article that would reach readers without a
    /// text alternative: the cover under <paramref name="coverField"/> (it passes with the article's cover
    /// alt text or the item's), body images under <paramref name="bodyField"/> (Markdown alt text or the
    /// item's). A decorative item always passes; a reference to a missing item is named too.
    /// </summary>
    public async Task CheckAltTextAsync(FieldErrors errors, string coverField, string bodyField, string? cover, string? coverAlt, string? body, CancellationToken cancellationToken)
    {
        var coverId = MediaReference.Parse(cover?.Trim());
        var inBody = MarkdownImages.Find(body);
        var ids = inBody.Select(i => i.Id).Concat(coverId is { } c ? [c] : []).Distinct().ToList();
        var items = await store.ReadAsync(ids, cancellationToken);
        if (coverId is { } id && !HasText(items, id, coverAlt))
        {
            errors.Add(coverField, $"the cover ({Name(items, id)}) has no alt text: write one here, or give the item alt text in the media library (or mark it decorative there).");
        }

        var missing = inBody.Where(i => !HasText(items, i.Id, i.Alt)).DistinctBy(i => i.Id).Select(i => Name(items, i.Id)).ToList();
        if (missing.Count > 0)
        {
            errors.Add(bodyField, $"these images have no alt text: {string.Join("; ", missing)}. Write it in the brackets of ![alt](media:…), or in the media library (or mark the image decorative there).");
        }
    }

    private static bool HasText(Dictionary<int, MediaItemRecord> items, int id, string? alt) =>
        items.TryGetValue(id, out var item) && (!string.IsNullOrWhiteSpace(alt) || !string.IsNullOrWhiteSpace(item.AltText) || item.Decorative);

    private static string Name(Dictionary<int, MediaItemRecord> items, int id) =>
        items.TryGetValue(id, out var item) ? $"{MediaReference.For(id)}, {item.FileName}" : $"{MediaReference.For(id)}, which does not exist";
}
