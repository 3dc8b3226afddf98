using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;

namespace OpinionAct.Media.Themes;

/// <summary>
/// One installed theme, ready to render: its options (sandbox, file provider, Fluid's cache of
/// partials) and its page templates, each parsed once on first use. Every file is looked for in the
/// theme's folder, then in its bases' (<see cref="ThemeCatalog.Lineage"/>).
/// </summary>
internal sealed class CompiledTheme
{
    private readonly FluidParser _parser;
    private readonly ThemeFileProvider _files;
    private readonly Action _parsed;
    private readonly ConcurrentDictionary<string, Lazy<IFluidTemplate>> _templates = new(StringComparer.Ordinal);

    /// <param name="lineage">The theme, then its base, then the base's base (<see cref="ThemeCatalog.Lineage"/>).</param>
    public CompiledTheme(IReadOnlyList<ThemeManifest> lineage, FluidParser parser, Action parsed)
    {
        Manifest = lineage[0];
        Bases = lineage.Skip(1).Select(t => t.Name).ToArray();
        _parser = parser;
        _parsed = parsed;
        _files = new ThemeFileProvider(lineage.Select(t => t.Folder).ToArray());
        Options = ThemeSandbox.CreateOptions(_files, (_, template) =>
        {
            // Fluid calls this once per partial it loads for {% render %} / {% include %}, before caching it.
            parsed();
            return template;
        });
    }

    public ThemeManifest Manifest { get; }

    /// <summary>The names of the themes this one builds on, nearest first; empty without a base.</summary>
    public IReadOnlyList<string> Bases { get; }

    public TemplateOptions Options { get; }

    /// <summary>The parsed <c>&lt;name&gt;.liquid</c>; parsed on first use, then shared by every render.</summary>
    /// <exception cref="ThemeTemplateException">The file is missing or does not parse.</exception>
    public IFluidTemplate Template(string name)
    {
        var lazy = _templates.GetOrAdd(name, n => new Lazy<IFluidTemplate>(() => Parse(n)));
        try
        {
            return lazy.Value;
        }
        catch (ThemeTemplateException)
        {
            // Do not keep the failure: the next request reads the (perhaps fixed) file again.
            _templates.TryRemove(new KeyValuePair<string, Lazy<IFluidTemplate>>(name, lazy));
            throw;
        }
    }

    /// <summary>
    /// Renders a parsed template, naming the theme and file in any Liquid error: a partial that is
    /// missing (or outside the theme folder) or does not parse, a runaway loop or recursion.
    /// </summary>
    public async ValueTask<string> RenderAsync(IFluidTemplate template, string name, TemplateContext context, TextEncoder? encoder = null)
    {
        var output = RenderBuffers.Rent();
        try
        {
            await using var writer = new StringWriter(output);
            await template.RenderAsync(writer, encoder ?? ThemeSandbox.Encoder, context);
            await writer.FlushAsync();
            return output.ToString();
        }
        catch (Exception e) when (e is FluidException or InvalidOperationException or FileNotFoundException)
        {
            throw new ThemeTemplateException(Manifest.Name, FileName(name), e.Message, e);
        }
        finally
        {
            RenderBuffers.Return(output);
        }
    }

    private IFluidTemplate Parse(string name)
    {
        var file = _files.GetFileInfo(FileName(name));
        if (!file.Exists)
        {
            throw new ThemeTemplateException(Manifest.Name, FileName(name), Bases.Count == 0
                ? "the file does not exist in the theme folder."
                : $"the file does not exist in the theme folder, nor in its base{(Bases.Count == 1 ? "" : "s")} {string.Join(", ", Bases.Select(b => $"'{b}'"))}.");
        }

        string source;
        using (var reader = new StreamReader(file.CreateReadStream(), Encoding.UTF8))
        {
            source = reader.ReadToEnd();
        }

        if (!_parser.TryParse(source, out var template, out var error))
        {
            throw new ThemeTemplateException(Manifest.Name, FileName(name), error);
        }

        _parsed();
        return template;
    }

    private static string FileName(string name) => name + ".liquid";
}
