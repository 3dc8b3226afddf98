using System.Collections.Concurrent;
using Fluid;
using System.Text.Encodings.Web;
using Fluid.Values;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Themes;

/// <summary>
/// Renders the public site's pages with a tenant's theme: <c>themes/&lt;theme&gt;/&lt;template&gt;.liquid</c>
/// with <c>site</c>, <c>head</c> and <c>model</c>, wrapped in the theme's <c>layout.liquid</c>, which prints
/// the page with <c>{{ content }}</c>. Templates are parsed once per theme and shared by every tenant and
/// request; they can only read the Site view models (see <c>docs/themes.md</c>). Thread-safe; one per process.
/// </summary>
public sealed class ThemeRenderer(ThemeCatalog catalog)
{
    /// <summary>The template every page is wrapped in.</summary>
    public const string LayoutTemplate = "layout";

    /// <summary>Where a theme keeps its email templates.</summary>
    public const string EmailFolder = "email/";


    // Thread-safe and stateless once built: one for the whole process (Fluid's advice).
    private static readonly FluidParser Parser = new();

    private readonly ConcurrentDictionary<string, CompiledTheme> _themes = new(StringComparer.OrdinalIgnoreCase);

    // Requested name → installed theme name, so an unknown theme does not rescan the themes folder on every page.
    private readonly ConcurrentDictionary<string, string> _resolved = new(StringComparer.OrdinalIgnoreCase);

    private int _parseCount;

    /// <summary>How many Liquid files were parsed since start (pages, layouts and partials): for tests.</summary>
    internal int ParseCount => Volatile.Read(ref _parseCount);

    /// <summary>
    /// Renders a whole HTML page. An unknown <paramref name="theme"/> falls back to
    /// <see cref="ThemeCatalog.DefaultTheme"/>. Plain-text values are HTML-encoded; templates print the
    /// sanitised HTML members with <c>| raw</c>.
    /// </summary>
    /// <param name="template">The page template: home, article, topic, expert, page, not-found.</param>
    /// <param name="model">The template's view model (<see cref="ArticleView"/>...), or null (not-found).</param>
    /// <exception cref="ThemeTemplateException">The template or layout is missing, or a Liquid file is broken.</exception>
    public async ValueTask<string> RenderPageAsync(
        string theme, string template, SiteView site, HeadView head, object? model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(head);
        cancellationToken.ThrowIfCancellationRequested();

        var compiled = Resolve(theme);
        if (!IsPageTemplateName(template))
        {
            throw new ThemeTemplateException(compiled.Manifest.Name, $"{template}.liquid",
                "not a page template name (lower-case letters, digits and hyphens; not 'layout').");
        }

        var page = compiled.Template(template);
        var layout = compiled.Template(LayoutTemplate);

        // One context for both: what the page assigns ({% assign body_class = 'article' %}) the layout can read.
        var context = ThemeSandbox.CreateContext(compiled.Options, template, site, head, model);
        var body = await compiled.RenderAsync(page, template, context);
        cancellationToken.ThrowIfCancellationRequested();

        // Already encoded by the page's own rendering: printed as is by {{ content }}.
        context.SetValue("content", new StringValue(body, encode: false));
        return await compiled.RenderAsync(layout, LayoutTemplate, context);
    }

    /// <summary>
    /// Renders an email from the theme's <c>email/</c> folder: <c>email/&lt;template&gt;.liquid</c> wrapped in
    /// <c>email/layout.liquid</c> for the HTML part (HTML-encoded, styles written inline by the templates). The text
    /// part is read from that final HTML by <see cref="EmailPlainText"/>, so it says what the HTML says (never the
    /// Markdown source) and a theme has one file per email to keep right. An unknown theme falls back to the default.
    /// </summary>
    /// <param name="template">The email template: issue, confirm... (lower-case letters, digits and hyphens).</param>
    /// <exception cref="ThemeTemplateException">A template or layout is missing, or a Liquid file is broken.</exception>
    public async ValueTask<RenderedEmail> RenderEmailAsync(
        string theme, string template, EmailSiteView site, EmailView email, object? model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(email);
        cancellationToken.ThrowIfCancellationRequested();

        var compiled = Resolve(theme);
        if (!IsPageTemplateName(template))
        {
            throw new ThemeTemplateException(compiled.Manifest.Name, $"{EmailFolder}{template}.liquid",
                "not an email template name (lower-case letters, digits and hyphens; not 'layout').");
        }

        var html = await RenderEmailHtmlAsync(compiled, template, site, email, model, ThemeSandbox.Encoder);
        cancellationToken.ThrowIfCancellationRequested();
        return new RenderedEmail(html, EmailPlainText.FromHtml(html));
    }

    private static async ValueTask<string> RenderEmailHtmlAsync(
        CompiledTheme compiled, string template, EmailSiteView site, EmailView email, object? model, TextEncoder encoder)
    {
        var name = EmailFolder + template;
        var layoutName = EmailFolder + LayoutTemplate;
        var page = compiled.Template(name);
        var layout = compiled.Template(layoutName);
        var context = ThemeSandbox.CreateEmailContext(compiled.Options, template, site, email, model);
        var body = await compiled.RenderAsync(page, name, context, encoder);
        context.SetValue("content", new StringValue(body, encode: false));
        return await compiled.RenderAsync(layout, layoutName, context, encoder);
    }

    /// <summary>
    /// Drops the parsed templates of a theme (and any unknown name that fell back to it), so the next
    /// page reads its files again: call when a theme's files change or a tenant switches theme. Releasing
    /// a base theme releases every theme that builds on it.
    /// </summary>
    public void Release(string theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        _themes.TryRemove(theme, out _);
        foreach (var (name, compiled) in _themes)
        {
            if (compiled.Bases.Contains(theme, StringComparer.OrdinalIgnoreCase))
            {
                Release(name);
            }
        }

        foreach (var (requested, installed) in _resolved)
        {
            if (string.Equals(requested, theme, StringComparison.OrdinalIgnoreCase) || string.Equals(installed, theme, StringComparison.OrdinalIgnoreCase))
            {
                _resolved.TryRemove(requested, out _);
            }
        }
    }

    private CompiledTheme Resolve(string? theme)
    {
        var requested = string.IsNullOrWhiteSpace(theme) ? ThemeCatalog.DefaultTheme : theme;
        if (_resolved.TryGetValue(requested, out var name) && _themes.TryGetValue(name, out var cached))
        {
            return cached;
        }

        // Find never returns a base theme: a hub naming one gets the default theme, like any unknown name.
        var manifest = catalog.Find(requested) ?? catalog.Find(ThemeCatalog.DefaultTheme)
            ?? throw new ThemeTemplateException($"Theme '{requested}' is not installed, nor is the default theme '{ThemeCatalog.DefaultTheme}'.");
        var compiled = _themes.GetOrAdd(manifest.Name, _ => new CompiledTheme(catalog.Lineage(manifest), Parser, () => Interlocked.Increment(ref _parseCount)));
        _resolved[requested] = manifest.Name;
        return compiled;
    }

    // Also keeps partials ("_card") and paths ("../x") out: a page name is never a file path.
    private static bool IsPageTemplateName(string template) =>
        !string.IsNullOrEmpty(template)
        && template != LayoutTemplate
        && template[0] != '-'
        && template.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
