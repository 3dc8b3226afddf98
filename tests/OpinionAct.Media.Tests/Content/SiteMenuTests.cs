using OpinionAct.Media.Content;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Tests.Content;

public sealed class SiteMenuTests
{
    [Fact]
    public void Normalize_should_read_orchard_paths_as_site_paths_and_drop_empty_rows()
    {
        var menu = SiteMenu.Normalize([new(" À propos ", " ~/a-propos "), new("", ""), new("Accueil", "~"), new("Ancre", "~/#services")]);

        Assert.Equal([new LinkView("À propos", "/a-propos"), new LinkView("Accueil", "/"), new LinkView("Ancre", "/#services")], menu);
    }

    [Fact]
    public void Resolve_should_put_site_paths_under_the_hub_and_leave_out_the_home_link()
    {
        var links = SiteMenu.Resolve([new("Accueil", "/"), new("À propos", "/a-propos"), new("ADEME", "https://www.ademe.fr/")], "/demo/");

        Assert.Equal([new LinkView("À propos", "/demo/a-propos"), new LinkView("ADEME", "https://www.ademe.fr/")], links);
    }

    [Fact]
    public void Check_should_name_each_bad_row_and_refuse_more_than_twenty_links()
    {
        var errors = new FieldErrors();
        SiteMenu.Check([new("", "/x"), new("Script", "javascript:alert(1)"), new("Vide", "")], errors);
        var tooMany = new FieldErrors();
        SiteMenu.Check(Enumerable.Range(0, 21).Select(i => new LinkView($"L{i}", "/x")).ToList(), tooMany);

        Assert.Equal(["Menu[0].Label", "Menu[1].Url", "Menu[2].Url"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
        Assert.True(tooMany.ToDictionary().ContainsKey("Menu"));
    }
}
