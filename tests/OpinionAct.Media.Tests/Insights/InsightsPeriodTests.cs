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
}
