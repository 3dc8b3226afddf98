namespace OpinionAct.Media.Content;

/// <summary>
/// A line diff by longest common subsequence, for comparing revisions. Common leading and
/// trailing lines are matched first, so typical edits (a paragraph changed in a long body) cost
/// little; when the changed middle is still too large for the table, it is shown as removed then
/// added, which is correct if less precise.
/// </summary>
public static class TextDiff
{
    /// <summary>Above this many table cells (about 16 MB), the middle is not aligned line by line.</summary>
    public const int MaxCells = 4_000_000;

    private static readonly string[] LineBreaks = ["\r\n", "\n", "\r"];

    /// <summary>Splits both texts into lines (any line break) and diffs them; null and "" have no lines.</summary>
    public static IReadOnlyList<DiffLine> Lines(string? oldText, string? newText) => Lines(Split(oldText), Split(newText));

    public static IReadOnlyList<DiffLine> Lines(IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines)
    {
        ArgumentNullException.ThrowIfNull(oldLines);
        ArgumentNullException.ThrowIfNull(newLines);
        var result = new List<DiffLine>(Math.Max(oldLines.Count, newLines.Count));

        var prefix = 0;
        while (prefix < oldLines.Count && prefix < newLines.Count && oldLines[prefix] == newLines[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < oldLines.Count - prefix && suffix < newLines.Count - prefix
               && oldLines[oldLines.Count - 1 - suffix] == newLines[newLines.Count - 1 - suffix])
        {
            suffix++;
        }

        for (var i = 0; i < prefix; i++)
        {
            result.Add(new DiffLine(DiffKind.Unchanged, oldLines[i], i + 1, i + 1));
        }

        Middle(oldLines, newLines, prefix, oldLines.Count - suffix, prefix, newLines.Count - suffix, result);

        for (var k = suffix; k > 0; k--)
        {
            var o = oldLines.Count - k;
            var n = newLines.Count - k;
            result.Add(new DiffLine(DiffKind.Unchanged, oldLines[o], o + 1, n + 1));
        }

        return result;
    }

    /// <summary>True when the diff has at least one added or removed line.</summary>
    public static bool HasChanges(IReadOnlyList<DiffLine> diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        return diff.Any(line => line.Kind != DiffKind.Unchanged);
    }

    private static string[] Split(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split(LineBreaks, StringSplitOptions.None);

    private static void Middle(IReadOnlyList<string> a, IReadOnlyList<string> b, int aStart, int aEnd, int bStart, int bEnd, List<DiffLine> result)
    {
        var n = aEnd - aStart;
        var m = bEnd - bStart;
        if ((long)(n + 1) * (m + 1) > MaxCells)
        {
            for (var i = aStart; i < aEnd; i++)
            {
                result.Add(new DiffLine(DiffKind.Removed, a[i], i + 1, null));
            }

            for (var j = bStart; j < bEnd; j++)
            {
                result.Add(new DiffLine(DiffKind.Added, b[j], null, j + 1));
            }

            return;
        }

        // lcs[i, j] = length of the longest common subsequence of a[i..] and b[j..] (suffixes), so the
        // walk below goes forwards and puts removals before additions within each change.
        var width = m + 1;
        var lcs = new int[(n + 1) * width];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[(i * width) + j] = a[aStart + i] == b[bStart + j]
                    ? lcs[((i + 1) * width) + j + 1] + 1
                    : Math.Max(lcs[((i + 1) * width) + j], lcs[(i * width) + j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[aStart + x] == b[bStart + y])
            {
                result.Add(new DiffLine(DiffKind.Unchanged, a[aStart + x], aStart + x + 1, bStart + y + 1));
                x++;
                y++;
            }
            else if (y >= m || (x < n && lcs[((x + 1) * width) + y] >= lcs[(x * width) + y + 1]))
            {
                result.Add(new DiffLine(DiffKind.Removed, a[aStart + x], aStart + x + 1, null));
                x++;
            }
            else
            {
                result.Add(new DiffLine(DiffKind.Added, b[bStart + y], null, bStart + y + 1));
                y++;
            }
        }
    }
}
