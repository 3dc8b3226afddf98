using System.Globalization;
using System.Text.RegularExpressions;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.MediaLibrary;

namespace OpinionAct.Media.Web.Portability;

/// <summary>
/// Turns this tenant's library references (<c>media:12</c>) into the paths a recipe names files by
/// (<c>/media/&lt;TargetPath&gt;</c>), which the importing tenant's media step and path rewriter turn back into its own
/// references. An item keeps its library path; one uploaded in the admin gets <c>library/&lt;id&gt;-&lt;file name&gt;</c>.
/// </summary>
internal sealed partial class ExportedMediaPaths(IReadOnlyList<MediaItemRecord> items)
{
    private readonly Dictionary<int, string> _paths = items.ToDictionary(i => i.Id, TargetPathOf);

    public string TargetPath(MediaItemRecord item) => _paths[item.Id];

    /// <summary>The value with every reference to a known item replaced by its <c>/media/</c> path (escaped as a URL path).</summary>
    public string? Rewrite(string? value) =>
        value is null || !value.Contains(MediaReference.Scheme, StringComparison.OrdinalIgnoreCase)
            ? value
            : Reference().Replace(value, match =>
                _paths.TryGetValue(int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture), out var path)
                    ? "/media/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString))
                    : match.Value);

    private static string TargetPathOf(MediaItemRecord item) =>
        item.LibraryPath ?? string.Create(CultureInfo.InvariantCulture, $"library/{item.Id}-{item.FileName.Replace('/', '-')}");

    [GeneratedRegex(@"\bmedia:([1-9][0-9]{0,8})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Reference();
}
