using OpinionAct.Media.Web.MediaLibrary.Usage;

namespace OpinionAct.Media.Web.MediaLibrary;

/// <summary>A delete refused because the item is still shown somewhere; <see cref="Usages"/> says where.</summary>
public sealed class MediaInUseException(string fileName, IReadOnlyList<MediaUsage> usages)
    : Exception($"'{fileName}' is still used by {string.Join("; ", usages)}. Remove it from there first.")
{
    public IReadOnlyList<MediaUsage> Usages { get; } = usages;
}
