using OpinionAct.Media.Content;

namespace OpinionAct.Media.Tests.Content;

public sealed class CorrectionKeysTests
{
    private static readonly CorrectionEntry Correction = new(new DateTimeOffset(2026, 9, 10, 9, 0, 0, TimeSpan.Zero), "Le texte a été corrigé.");

    [Fact]
    public void Key_should_stay_the_same_when_only_the_time_of_day_or_surrounding_spaces_change()
    {
        var moved = Correction with { Date = new DateTimeOffset(2026, 9, 10, 18, 30, 0, TimeSpan.Zero), Text = "  Le texte a été corrigé.\n" };

        Assert.Equal(CorrectionKeys.Of(Correction), CorrectionKeys.Of(moved));
        Assert.Matches("^[0-9a-f]{32}$", CorrectionKeys.Of(Correction));
    }

    [Fact]
    public void Key_should_change_when_the_text_or_the_day_changes()
    {
        var reworded = Correction with { Text = "Le texte a été corrigé deux fois." };
        var nextDay = Correction with { Date = Correction.Date.AddDays(1) };

        Assert.NotEqual(CorrectionKeys.Of(Correction), CorrectionKeys.Of(reworded));
        Assert.NotEqual(CorrectionKeys.Of(Correction), CorrectionKeys.Of(nextDay));
    }
}
