namespace OpinionAct.Media.Themes;

/// <summary>
/// A theme cannot render a page: the template or the layout is missing, or a Liquid file does not
/// parse. The message names the theme, the file and Fluid's diagnostic, so the theme's author can fix it.
/// </summary>
public sealed class ThemeTemplateException : Exception
{
    public ThemeTemplateException(string theme, string file, string message, Exception? innerException = null)
        : base($"Theme '{theme}', {file}: {message}", innerException)
    {
        Theme = theme;
        File = file;
    }

    public ThemeTemplateException(string message) : base(message) { }

    public ThemeTemplateException(string message, Exception innerException) : base(message, innerException) { }

    public ThemeTemplateException() { }

    /// <summary>The theme that failed, when known.</summary>
    public string? Theme { get; }

    /// <summary>The template file that failed ("article.liquid"), when known.</summary>
    public string? File { get; }
}
