using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Tests.Themes;

/// <summary>Which installed themes hubs can choose, and where a theme's files are looked for.</summary>
public sealed class ThemeCatalogTests : IDisposable
{
    private readonly TempThemes _themes = new();

    public void Dispose() => _themes.Dispose();

    [Fact]
    public void Catalog_should_neither_list_nor_find_a_base_theme_when_it_is_abstract()
    {
        _themes.BaseTheme("Base").ThemeOn("Base", "Child").Theme("Plain");
        var catalog = _themes.Catalog;

        Assert.Equal(["Child", "Plain"], catalog.List().Select(t => t.Name));
        Assert.Null(catalog.Find("Base"));
        Assert.Null(catalog.Find("base"));
        Assert.True(catalog.IsBase("base"));
        Assert.False(catalog.IsBase("Child"));
        Assert.False(catalog.IsBase("Nope"));
    }

    [Fact]
    public void Lineage_should_list_the_theme_then_its_bases_when_they_are_chained()
    {
        _themes.BaseTheme("Root").ThemeOn("Root", "Middle").ThemeOn("middle", "Leaf").Theme("Plain");
        var catalog = _themes.Catalog;

        Assert.Equal(["Leaf", "Middle", "Root"], catalog.Lineage(catalog.Find("Leaf")!).Select(t => t.Name));
        Assert.Equal(["Plain"], catalog.Lineage(catalog.Find("Plain")!).Select(t => t.Name));
    }

    [Fact]
    public void Shipped_catalog_should_offer_expert_and_magazine_but_not_their_base_when_listing_themes()
    {
        var shipped = new ThemeCatalog(Path.Combine(AppContext.BaseDirectory, "themes"));

        Assert.Equal(["Expert", "Magazine"], shipped.List().Select(t => t.Name));
        Assert.True(shipped.IsBase("Base"));
        Assert.All(shipped.List(), t => Assert.Equal([t.Name, "Base"], shipped.Lineage(t).Select(l => l.Name)));
    }
}
