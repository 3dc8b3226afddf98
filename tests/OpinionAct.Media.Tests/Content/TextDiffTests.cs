using OpinionAct.Media.Content;

namespace OpinionAct.Media.Tests.Content;

public sealed class TextDiffTests
{
    [Fact]
    public void Diff_should_be_all_unchanged_when_texts_are_equal()
    {
        var diff = TextDiff.Lines("a\nb\nc", "a\nb\nc");

        Assert.All(diff, line => Assert.Equal(DiffKind.Unchanged, line.Kind));
        Assert.Equal(["a", "b", "c"], diff.Select(l => l.Text));
        Assert.False(TextDiff.HasChanges(diff));
    }

    [Fact]
    public void Diff_should_show_a_changed_line_as_removed_then_added_when_one_line_differs()
    {
        var diff = TextDiff.Lines("one\ntwo\nthree", "one\n2\nthree");

        Assert.Equal(
            [(DiffKind.Unchanged, "one"), (DiffKind.Removed, "two"), (DiffKind.Added, "2"), (DiffKind.Unchanged, "three")],
            diff.Select(l => (l.Kind, l.Text)));
        Assert.True(TextDiff.HasChanges(diff));
    }

    [Fact]
    public void Diff_should_number_lines_in_both_texts_when_lines_are_inserted_and_deleted()
    {
        var diff = TextDiff.Lines("a\nb\nc\nd", "a\nx\nc\nd\ne");

        Assert.Equal(
            [
                new DiffLine(DiffKind.Unchanged, "a", 1, 1),
                new DiffLine(DiffKind.Removed, "b", 2, null),
                new DiffLine(DiffKind.Added, "x", null, 2),
                new DiffLine(DiffKind.Unchanged, "c", 3, 3),
                new DiffLine(DiffKind.Unchanged, "d", 4, 4),
                new DiffLine(DiffKind.Added, "e", null, 5),
            ],
            diff);
    }

    [Fact]
    public void Diff_should_keep_the_longest_common_subsequence_when_lines_move()
    {
        var diff = TextDiff.Lines(["A", "B", "C", "A", "B", "B", "A"], ["C", "B", "A", "B", "A", "C"]);

        var kept = diff.Where(l => l.Kind == DiffKind.Unchanged).Select(l => l.Text).ToList();
        Assert.Equal(4, kept.Count);
        Assert.Equal(["A", "B", "C", "A", "B", "B", "A"], diff.Where(l => l.Kind != DiffKind.Added).Select(l => l.Text));
        Assert.Equal(["C", "B", "A", "B", "A", "C"], diff.Where(l => l.Kind != DiffKind.Removed).Select(l => l.Text));
    }

    [Theory]
    [InlineData(null, "x\ny", 0, 2)]
    [InlineData("", "x", 0, 1)]
    [InlineData("x\ny", null, 2, 0)]
    [InlineData(null, null, 0, 0)]
    public void Diff_should_treat_null_and_empty_as_no_lines_when_one_side_is_missing(string? oldText, string? newText, int removed, int added)
    {
        var diff = TextDiff.Lines(oldText, newText);

        Assert.Equal(removed, diff.Count(l => l.Kind == DiffKind.Removed));
        Assert.Equal(added, diff.Count(l => l.Kind == DiffKind.Added));
        Assert.Equal(removed + added, diff.Count);
    }

    [Fact]
    public void Diff_should_ignore_line_ending_style_when_splitting()
    {
        var diff = TextDiff.Lines("a\r\nb\rc", "a\nb\nc");

        Assert.False(TextDiff.HasChanges(diff));
    }

    [Fact]
    public void Diff_should_fall_back_to_removed_then_added_when_the_changed_middle_is_too_large()
    {
        var oldLines = Enumerable.Range(0, 2_100).Select(i => $"old {i}").Prepend("same start").Append("same end").ToList();
        var newLines = Enumerable.Range(0, 2_100).Select(i => $"new {i}").Prepend("same start").Append("same end").ToList();

        var diff = TextDiff.Lines(oldLines, newLines);

        Assert.Equal(DiffKind.Unchanged, diff[0].Kind);
        Assert.Equal(DiffKind.Unchanged, diff[^1].Kind);
        Assert.Equal(2_100, diff.Count(l => l.Kind == DiffKind.Removed));
        Assert.Equal(2_100, diff.Count(l => l.Kind == DiffKind.Added));
        Assert.True(diff.Skip(1).Take(2_100).All(l => l.Kind == DiffKind.Removed));
        Assert.Equal(new DiffLine(DiffKind.Unchanged, "same end", 2_102, 2_102), diff[^1]);
    }

    [Fact]
    public void Diff_should_reproduce_both_texts_when_read_back()
    {
        const string before = "# Titre\n\nPremier paragraphe.\nDeuxième.\n\n- un\n- deux";
        const string after = "# Titre révisé\n\nPremier paragraphe.\n\n- un\n- deux\n- trois";

        var diff = TextDiff.Lines(before, after);

        Assert.Equal(before, string.Join('\n', diff.Where(l => l.Kind != DiffKind.Added).Select(l => l.Text)));
        Assert.Equal(after, string.Join('\n', diff.Where(l => l.Kind != DiffKind.Removed).Select(l => l.Text)));
    }
}
