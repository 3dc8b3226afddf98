using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace OpinionAct.Media.Web.Html;

/// <summary>
/// The server-rendered shell shared by the agency console and the platform's own status pages:
/// a skip link, header/main landmarks and a small inline stylesheet with AA contrast. Every
/// dynamic value goes through <see cref="E"/>.
/// </summary>
public static class HtmlPage
{
    /// <summary>The shared stylesheet; the editor admin adds its own rules after it.</summary>
    internal const string Style = """
        :root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.5;color:#1a1a1a;background:#fafafa}
        body{margin:0}a{color:#0b4f9c}a:focus,button:focus,input:focus,select:focus{outline:3px solid #f5a623;outline-offset:2px}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
        header{background:#14213d;color:#fff;padding:.75rem 1.5rem;display:flex;gap:1rem;align-items:center;justify-content:space-between}
        header a,header button{color:#fff}main{max-width:60rem;margin:0 auto;padding:1.5rem}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.5rem;border-bottom:1px solid #ccc;vertical-align:top}
        label{display:block;font-weight:600;margin-top:.75rem}input,select{font:inherit;padding:.4rem;width:100%;max-width:28rem;box-sizing:border-box}
        button{font:inherit;padding:.4rem .9rem;cursor:pointer;background:#0b4f9c;color:#fff;border:0;border-radius:3px}
        .inline{display:inline}.error{background:#fde8e8;border-left:4px solid #b00020;padding:.75rem}.ok{background:#e7f5ea;border-left:4px solid #1b7a35;padding:.75rem}
        .muted{color:#555}code{background:#eee;padding:0 .2rem}
        """;

    // Accented French stays readable in the page source; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>HTML-encodes a value for text or attribute positions.</summary>
    public static string E(string? value) => Encoder.Encode(value ?? string.Empty);

    public static string Render(string title, string bodyHtml, string language = "en", string? headerHtml = null) => $"""
        <!DOCTYPE html>
        <html lang="{E(language)}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{E(title)}</title>
        <style>{Style}</style>
        </head>
        <body>
        <a class="skip" href="#main">{(language == "fr" ? "Aller au contenu" : "Skip to content")}</a>
        <header>{headerHtml ?? $"<span>{E(title)}</span>"}</header>
        <main id="main">
        {bodyHtml}
        </main>
        </body>
        </html>
        """;

    /// <summary>Writes an HTML response with the given status code.</summary>
    public static Task WriteAsync(HttpContext context, int statusCode, string title, string bodyHtml, string language = "en")
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Render(title, bodyHtml, language));
    }

    /// <summary>An <see cref="IResult"/> carrying a page.</summary>
    public static IResult Result(string title, string bodyHtml, int statusCode = StatusCodes.Status200OK, string language = "en", string? headerHtml = null) =>
        Results.Content(Render(title, bodyHtml, language, headerHtml), "text/html; charset=utf-8", statusCode: statusCode);
}
