using OpinionAct.Media.Csv;

namespace OpinionAct.Media.Tests.Csv;

public sealed class CsvCellTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("dit \"non\"", "\"dit \"\"non\"\"\"")]
    [InlineData("deux\nlignes", "\"deux\nlignes\"")]
    [InlineData(null, "")]
    public void Quote_should_quote_only_what_needs_it(string? value, string expected) =>
        Assert.Equal(expected, CsvCell.Quote(value));

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+33 6", "'+33 6")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Énergie", "Énergie")]
    public void Text_should_defuse_cells_a_spreadsheet_would_run_as_formulas(string value, string expected) =>
        Assert.Equal(expected, CsvCell.Text(value));
}
