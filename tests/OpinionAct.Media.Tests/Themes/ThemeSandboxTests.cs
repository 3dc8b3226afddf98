using OpinionAct.Media.Site;
using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Tests.Themes;

/// <summary>What a theme can and cannot reach, and how a broken theme fails: with themes written by the test.</summary>
public sealed class ThemeSandboxTests : IDisposable
{
    private readonly TempThemes _themes = new();

    public void Dispose() => _themes.Dispose();

    private ValueTask<string> RenderAsync(string theme, object? model, string template = "home") =>
        new ThemeRenderer(_themes.Catalog).RenderPageAsync(theme, template, SampleSite.Site(), SampleSite.Head("Titre", "/"), model);

    [Fact]
    public async Task Sandbox_should_hide_members_and_text_of_an_unregistered_type_when_passed_as_model()
    {
        _themes.Theme("Nosy", ("home.liquid", "[{{ model }}|{{ model.Password }}|{{ model.GetType }}|{{ model.GetType.Assembly }}|{% for x in model %}{{ x }}{% endfor %}]"));

        var html = await RenderAsync("Nosy", new Secret());

        Assert.Equal("<main>[||||]</main>", html);
    }

    [Fact]
    public async Task Sandbox_should_hide_unregistered_objects_when_they_come_in_a_list_or_a_dictionary()
    {
        _themes.Theme("Nosy", ("home.liquid", "[{{ model.size }}|{% for x in model %}{{ x }}{{ x.Password }}{% endfor %}|{{ model.first.Password }}|{{ model[0] }}]"));

        var list = await RenderAsync("Nosy", new[] { new Secret(), new Secret() });
        var dictionary = await RenderAsync("Nosy", new Dictionary<string, Secret> { ["a"] = new() });

        Assert.DoesNotContain("hunter2", list + dictionary, StringComparison.Ordinal);
        Assert.DoesNotContain("LEAK", list + dictionary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sandbox_should_refuse_methods_and_reflection_when_a_template_tries_them_on_view_models()
    {
        _themes.Theme("Nosy", ("home.liquid", "[{{ site.GetType }}|{{ site.GetType.Assembly.Location }}|{{ site.Text.GetHashCode }}|{{ site.EqualityContract }}|{{ model.ToString }}|{{ site.name }}]"));

        var html = await RenderAsync("Nosy", SampleSite.Home());

        Assert.Equal("<main>[|||||Énergies demain]</main>", html);
    }

    [Fact]
    public void Sandbox_should_allow_exactly_the_site_view_model_types_when_it_is_built()
    {
        var contract = typeof(SiteView).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(SiteView).Namespace);

        Assert.Equal(contract.Select(t => t.Name).Order(StringComparer.Ordinal), ThemeSandbox.ViewModelTypes.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Sandbox_should_refuse_to_include_a_file_outside_the_theme_folder_when_a_template_asks_for_it()
    {
        _themes.Outside("secret.liquid", "TOP SECRET")
            .Theme("Nosy", ("home.liquid", "{% include '../secret' %}"), ("manifest.liquid", "{% render 'theme.json' %}"))
            .Theme("Other", ("secret.liquid", "OTHER THEME"), ("home.liquid", "x"));

        var outside = await Assert.ThrowsAsync<ThemeTemplateException>(() => RenderAsync("Nosy", null).AsTask());
        var manifest = await Assert.ThrowsAsync<ThemeTemplateException>(() => RenderAsync("Nosy", null, "manifest").AsTask());
        var sibling = await Assert.ThrowsAsync<ThemeTemplateException>(async () =>
        {
            File.WriteAllText(Path.Combine(_themes.Folder, "Nosy", "sibling.liquid"), "{% render '../Other/secret' %}");
            await RenderAsync("Nosy", null, "sibling");
        });

        Assert.Equal("home.liquid", outside.File);
        Assert.Equal("manifest.liquid", manifest.File);
        Assert.Equal("sibling.liquid", sibling.File);
        Assert.DoesNotContain(_themes.Folder, outside.Message + manifest.Message + sibling.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sandbox_should_stop_a_runaway_loop_when_a_template_never_ends()
    {
        _themes.Theme("Loop", ("home.liquid", "{% for i in (1..10000000) %}x{% endfor %}"));

        var error = await Assert.ThrowsAsync<ThemeTemplateException>(() => RenderAsync("Loop", null).AsTask());

        Assert.Equal("home.liquid", error.File);
    }

    [Fact]
    public async Task Renderer_should_throw_an_exception_naming_theme_file_and_position_when_a_template_has_a_syntax_error()
    {
        _themes.Theme("Broken", ("home.liquid", "<h1>{{ site.Name }}</h1>\n{% if model %}\n<p>never closed</p>\n"));

        var error = await Assert.ThrowsAsync<ThemeTemplateException>(() => RenderAsync("Broken", null).AsTask());

        Assert.Equal("Broken", error.Theme);
        Assert.Equal("home.liquid", error.File);
        Assert.StartsWith("Theme 'Broken', home.liquid: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("endif", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renderer_should_name_the_partial_when_an_included_file_has_a_syntax_error()
    {
        _themes.Theme("Broken", ("home.liquid", "{% render '_card' %}"), ("_card.liquid", "{% for x in y %}unclosed"));

        var error = await Assert.ThrowsAsync<ThemeTemplateException>(() => RenderAsync("Broken", null).AsTask());

        Assert.Equal("home.liquid", error.File);
        Assert.Contains("_card.liquid", error.Message, StringComparison.Ordinal);
        Assert.Contains("endfor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renderer_should_name_the_layout_when_the_theme_has_none()
    {
        _themes.Theme("Headless", ("home.liquid", "x"));
        File.Delete(Path.Combine(_themes.Folder, "Headless", "layout.liquid"));

        var error = await Assert.ThrowsAsync<ThemeTemplateException>(() => RenderAsync("Headless", null).AsTask());

        Assert.Equal("layout.liquid", error.File);
    }

    [Fact]
    public async Task Renderer_should_read_a_fixed_template_when_the_broken_one_failed_before()
    {
        _themes.Theme("Broken", ("home.liquid", "{% if %}"));
        var renderer = new ThemeRenderer(_themes.Catalog);
        await Assert.ThrowsAsync<ThemeTemplateException>(() => renderer.RenderPageAsync("Broken", "home", SampleSite.Site(), SampleSite.Head("t", "/"), null).AsTask());

        File.WriteAllText(Path.Combine(_themes.Folder, "Broken", "home.liquid"), "fixed");

        Assert.Equal("<main>fixed</main>", await renderer.RenderPageAsync("Broken", "home", SampleSite.Site(), SampleSite.Head("t", "/"), null));
    }

    [Fact]
    public async Task Layout_should_see_what_the_page_assigned_when_both_render_in_one_context()
    {
        _themes.Theme("Vars",
            ("layout.liquid", "<body class=\"{{ body_class }}\" data-template=\"{{ template }}\">{{ content }}</body>"),
            ("home.liquid", "{% assign body_class = 'front' %}<p>{{ site.Name }}</p>"));

        var html = await RenderAsync("Vars", null);

        Assert.Equal("<body class=\"front\" data-template=\"home\"><p>Énergies demain</p></body>", html);
    }

    private sealed class Secret
    {
        public string Password { get; } = "hunter2";

        public override string ToString() => "LEAK";
    }
}
