using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

public sealed class OneEditTests
{
    [Theory]
    [InlineData("durand", "durand")]
    [InlineData("durand", "durrand")] // inserted
    [InlineData("durrand", "durand")] // deleted
    [InlineData("durand", "dupand")] // substituted
    [InlineData("durand", "udrand")] // swapped at the start
    [InlineData("durand", "duradn")] // swapped at the end
    [InlineData("durand", "duran")] // last letter dropped
    [InlineData("durand", "xdurand")] // letter added in front
    [InlineData("", "a")]
    public void Words_should_be_within_one_edit_when_one_change_turns_one_into_the_other(string a, string b)
    {
        Assert.True(OneEdit.Within(a, b));
        Assert.True(OneEdit.Within(b, a));
    }

    [Theory]
    [InlineData("durand", "dxrxnd")] // two substitutions
    [InlineData("durand", "durandxx")] // two letters added
    [InlineData("durand", "daurnd")] // a move over two places
    [InlineData("durand", "urandd")] // a deletion and an insertion
    [InlineData("abc", "cba")]
    public void Words_should_not_be_within_one_edit_when_two_changes_are_needed(string a, string b)
    {
        Assert.False(OneEdit.Within(a, b));
        Assert.False(OneEdit.Within(b, a));
    }
}
