using OpinionAct.Media.Web.Html;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>
/// The article editor's stylesheet (inline: admin pages allow inline styles) and its script, a file the app serves
/// under the admin (admin pages allow only scripts carrying the response's nonce, never inline code in attributes).
/// </summary>
internal static class ArticleEditorAssets
{
    /// <summary>The script's path under <c>/admin</c>, with a version so a deploy is never served a stale copy.</summary>
    public static string ScriptPath => "assets/article-editor.js?v=" + Script.Version;

    public const string StyleElement = """
        <style>
        main:has(> .editor){max-width:118rem}
        .editor{display:grid;gap:1rem 2rem;grid-template-columns:minmax(0,1fr)}
        @media (min-width:75rem){.editor{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}.editor-side{position:sticky;top:0;max-height:100vh;overflow:auto}}
        .editor-side h2{font-size:1.05rem;margin:1rem 0 .4rem}.editor-side dl{display:grid;grid-template-columns:auto 1fr;gap:.2rem .75rem;margin:0}.editor-side dt{font-weight:600}
        .preview-frame{box-sizing:border-box;width:100%;height:70vh;border:1px solid #bbb;border-radius:4px;background:#fff}
        .serp,.card-preview{display:flex;flex-direction:column;gap:.15rem;border:1px solid #ddd;border-radius:6px;padding:.75rem;background:#fff;max-width:38rem;overflow-wrap:anywhere}
        .serp-url{color:#1e6b33;font-size:.85rem}.serp-title{color:#1a0dab;font-size:1.15rem}.serp-desc{color:#4d5156;font-size:.9rem}
        .card-image{aspect-ratio:1200/630;background:#e8ecf1;display:flex;align-items:center;justify-content:center;color:#555;font-size:.9rem;border-radius:4px;background-size:cover;background-position:center}
        .card-site{color:#555;font-size:.8rem;text-transform:uppercase}.card-title{font-weight:700}.card-desc{color:#444;font-size:.9rem}
        .row-remove{margin-top:.25rem}.conflict ul{margin:.25rem 0}
        </style>
        """;

    private static readonly EmbeddedScript Script = new("OpinionAct.Media.Web.article-editor.js");

    public static IResult Serve(HttpContext http) => Script.Serve(http, shared: false);
}
