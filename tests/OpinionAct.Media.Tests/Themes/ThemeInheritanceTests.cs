using OpinionAct.Media.Site;
using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Tests.Themes;

/// <summary>A theme built on a base: which file wins, and how a file missing from both fails. With themes written by the test.</summary>
public sealed class ThemeInheritanceTests : IDisposable
{
    private readonly TempThemes _themes = new();

    public void Dispose() => _themes.Dispose();

    private static ValueTask<string> RenderAsync(ThemeRenderer renderer, string theme, string template = "home") =>
        renderer.RenderPageAsync(theme, template, SampleSite.Site(), SampleSite.Head("Titre", "/"), null);

    private ValueTask<string> RenderAsync(string theme, string template = "home") => RenderAsync(new ThemeRenderer(_themes.Catalog), theme, template);

    private static EmailSiteView EmailSite() => new() { Name = "Hub", Language = "fr", HomeUrl = "https://hub.example/", Year = 2026, Text = EmailText.French };

    [Fact]
    public async Task RenderPage_should_use_the_theme_file_when_it_overrides_the_base()
    {
        _themes.BaseTheme("Base", ("layout.liquid", "base layout[{{ content }}]"), ("home.liquid", "base home"))
            .ThemeOn("Base", "Child", ("layout.liquid", "child layout[{{ content }}]"), ("home.liquid", "child home"));

        Assert.Equal("child layout[child home]", await RenderAsync("Child"));
    }

    [Fact]
    public async Task RenderPage_should_use_the_base_file_when_the_theme_has_no_override()
    {
        _themes.BaseTheme("Base", ("layout.liquid", "base layout[{{ content }}]"), ("page.liquid", "base page"))
            .ThemeOn("Base", "Child", ("home.liquid", "child home"));

        Assert.Equal("base layout[child home]", await RenderAsync("Child"));
        Assert.Equal("base layout[base page]", await RenderAsync("Child", "page"));
    }

    [Fact]
    public async Task Partials_should_come_from_the_theme_first_when_a_base_template_renders_or_includes_them()
    {
        // The base's page asks for two partials; the theme overrides one. Lookup always starts at the theme,
        // even from a base file, so a theme changes a shared page by overriding only the partial it differs in.
        _themes.BaseTheme("Base",
                ("layout.liquid", "{{ content }}"),
                ("home.liquid", "{% render '_a', x: 1 %}|{% include '_b' %}|{% render 'parts/_c' %}"),
                ("_a.liquid", "base a{{ x }}"), ("_b.liquid", "base b"), ("parts/_c.liquid", "base c"))
            .ThemeOn("Base", "Child", ("_a.liquid", "child a{{ x }}"), ("parts/_c.liquid", "child c"));

        Assert.Equal("child a1|base b|child c", await RenderAsync("Child"));
    }

    [Fact]
    public async Task RenderEmail_should_take_each_template_from_the_theme_or_its_base_when_they_are_split_between_them()
    {
        _themes.BaseTheme("Base", ("email/layout.liquid", "base html[{{ content }}]"), ("email/x.liquid", "base x {{ email.Subject }}"))
            .ThemeOn("Base", "Child", ("email/layout.liquid", "<p>child html[{{ content }}]</p>"));

        var email = await new ThemeRenderer(_themes.Catalog).RenderEmailAsync("Child", "x", EmailSite(), new EmailView { Subject = "a & b" }, null);

        Assert.Equal("<p>child html[base x a &amp; b]</p>", email.Html);
        Assert.Equal("child html[base x a & b]\n", email.Text);
    }

    [Fact]
    public async Task RenderPage_should_read_the_base_of_the_base_when_neither_the_theme_nor_its_base_has_the_file()
    {
        _themes.BaseTheme("Root", ("layout.liquid", "root[{{ content }}]"), ("home.liquid", "root home"), ("_p.liquid", "root p"))
            .ThemeOn("Root", "Middle", ("home.liquid", "middle home {% render '_p' %}"), ("_p.liquid", "middle p"))
            .ThemeOn("Middle", "Leaf", ("page.liquid", "leaf page {% render '_p' %}"));

        Assert.Equal("root[middle home middle p]", await RenderAsync("Leaf"));
        Assert.Equal("root[leaf page middle p]", await RenderAsync("Leaf", "page"));
        Assert.Equal("root[middle home middle p]", await RenderAsync("Middle"));
    }

    [Fact]
    public async Task RenderPage_should_name_the_theme_its_base_and_the_file_when_neither_has_the_template()
    {
        _themes.BaseTheme("Base", ("layout.liquid", "{{ content }}"))
            .ThemeOn("Base", "Child", ("home.liquid", "x"));

        var error = await Assert.ThrowsAsync<ThemeTemplateException>(() => RenderAsync("Child", "preferences").AsTask());

        Assert.Equal("Child", error.Theme);
        Assert.Equal("preferences.liquid", error.File);
        Assert.Equal("Theme 'Child', preferences.liquid: the file does not exist in the theme folder, nor in its base 'Base'.", error.Message);
        Assert.DoesNotContain(_themes.Folder, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderPage_should_name_the_theme_and_the_page_when_a_partial_is_in_neither_the_theme_nor_its_base()
    {
        _themes.BaseTheme("Base", ("layout.liquid", "{{ content }}"), ("home.liquid", "{% render '_missing' %}"))
            .ThemeOn("Base", "Child");

        var error = await Assert.ThrowsAsync<ThemeTemplateException>(() => RenderAsync("Child").AsTask());

        Assert.Equal("Child", error.Theme);
        Assert.Equal("home.liquid", error.File);
        Assert.Contains("_missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderPage_should_throw_a_clear_exception_when_the_base_is_not_installed()
    {
        _themes.ThemeOn("Gone", "Orphan", ("layout.liquid", "{{ content }}"), ("home.liquid", "x"));

        var error = await Assert.ThrowsAsync<ThemeTemplateException>(() => RenderAsync("Orphan").AsTask());

        Assert.Equal("Theme 'Orphan' builds on 'Gone', which is not installed: install it or remove \"base\" from theme.json.", error.Message);
    }

    [Fact]
    public async Task RenderPage_should_throw_a_clear_exception_when_bases_go_round_in_a_circle()
    {
        _themes.ThemeOn("B", "A", ("home.liquid", "x")).ThemeOn("A", "B");

        var error = await Assert.ThrowsAsync<ThemeTemplateException>(() => RenderAsync("A").AsTask());

        Assert.Equal("Theme 'A' builds on itself (A → B → A): remove one \"base\" from the circle.", error.Message);
    }

    [Fact]
    public async Task RenderPage_should_fall_back_to_the_default_theme_when_asked_for_a_base_theme()
    {
        _themes.BaseTheme("Base", ("layout.liquid", "{{ content }}"), ("home.liquid", "base home"))
            .Theme(ThemeCatalog.DefaultTheme, ("home.liquid", "default home"));

        Assert.Equal("<main>default home</main>", await RenderAsync("Base"));
    }

    [Fact]
    public async Task Sandbox_should_refuse_a_sibling_theme_file_when_a_theme_or_its_base_asks_for_it_through_dot_dots()
    {
        _themes.BaseTheme("Base", ("layout.liquid", "{{ content }}"), ("page.liquid", "{% render '../Other/secret' %}"))
            .ThemeOn("Base", "Child", ("home.liquid", "{% render '../Other/secret' %}"))
            .Theme("Other", ("secret.liquid", "OTHER THEME"));

        var fromTheme = await Assert.ThrowsAsync<ThemeTemplateException>(() => RenderAsync("Child").AsTask());
        var fromBase = await Assert.ThrowsAsync<ThemeTemplateException>(() => RenderAsync("Child", "page").AsTask());

        Assert.Equal("home.liquid", fromTheme.File);
        Assert.Equal("page.liquid", fromBase.File);
    }

    [Fact]
    public async Task Release_should_make_every_theme_built_on_a_base_read_it_again_when_the_base_is_released()
    {
        _themes.BaseTheme("Base", ("layout.liquid", "{{ content }}"), ("home.liquid", "before"))
            .ThemeOn("Base", "Child");
        var renderer = new ThemeRenderer(_themes.Catalog);
        var before = await RenderAsync(renderer, "Child");
        File.WriteAllText(Path.Combine(_themes.Folder, "Base", "home.liquid"), "after");

        var cached = await RenderAsync(renderer, "Child");
        renderer.Release("Base");
        var released = await RenderAsync(renderer, "Child");

        Assert.Equal("before", before);
        Assert.Equal("before", cached);
        Assert.Equal("after", released);
    }
}
