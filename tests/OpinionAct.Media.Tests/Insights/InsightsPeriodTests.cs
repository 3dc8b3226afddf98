using OpinionAct.Media.Insights;

namespace OpinionAct.Media.Tests.Insights;

public sealed class InsightsPeriodTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void Parse_should_default_to_the_last_30_days_when_no_bounds_are_given()
    {
        var period = InsightsPeriod.Parse(null, null, Today);
        Assert.Equal(new InsightsPeriod(new DateOnly(2026, 10, 28), Today), period);
        Assert.Equal(30, period.Days);
        Assert.Equal(new InsightsPeriod(new DateOnly(2026, 9, 28), new DateOnly(2026, 10, 27)), period.Previous);
    }

    [Theory]
    [InlineData("2026-13-01", null)]
    [InlineData("26/11/2026", null)]
    [InlineData("2026-11-20", "2026-11-10")]
    [InlineData("2000-01-01", "2026-01-01")]
    public void Parse_should_refuse_when_bounds_are_invalid(string? from, string? to) =>
        Assert.Throws<MediaValidationException>(() => InsightsPeriod.Parse(from, to, Today));

    [Theory]
    [InlineData("0001-01-01", "0001-01-05")]
    [InlineData(null, "9999-12-31")]
    [InlineData("1999-12-31", "2000-01-05")]
    [InlineData("2026-11-01", "2027-11-27")]
    public void Parse_should_refuse_with_the_allowed_range_when_a_date_is_out_of_range(string? from, string? to)
    {
        var error = Assert.Throws<MediaValidationException>(() => InsightsPeriod.Parse(from, to, Today));
        Assert.Contains("2000-01-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("2027-11-26", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_should_accept_the_edges_of_the_range_and_their_previous_period()
    {
        var first = InsightsPeriod.Parse("2000-01-01", "2000-01-05", Today);
        Assert.Equal(new InsightsPeriod(new DateOnly(1999, 12, 27), new DateOnly(1999, 12, 31)), first.Previous);
        var last = InsightsPeriod.Parse("2027-11-20", "2027-11-26", Today);
        Assert.Equal(new DateOnly(2027, 11, 26), last.To);
    }
}
