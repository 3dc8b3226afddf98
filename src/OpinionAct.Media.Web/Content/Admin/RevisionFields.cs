using System.Globalization;
using OpinionAct.Media.Content;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>An article revision as comparable text, one entry per field: lists become one line per item.</summary>
internal static class RevisionFields
{
    public static IReadOnlyList<(string Field, string Text)> Of(ArticleDraft draft) =>
    [
        ("Title", draft.Title),
        ("Dek", draft.Dek ?? string.Empty),
        ("Path", draft.Path ?? string.Empty),
        ("Body", draft.Body),
        ("Sources", string.Join('\n', draft.Sources.Select(s => string.Join(" | ", new[] { s.Title, s.Url, s.Publisher, s.Claim }.Where(v => !string.IsNullOrWhiteSpace(v)))))),
        ("Corrections", string.Join('\n', draft.Corrections.Select(c => $"{c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {c.Text}"))),
        ("Topics", string.Join('\n', draft.Topics)),
        ("Experts", string.Join('\n', draft.Experts)),
        ("Other", string.Join('\n', new[]
        {
            $"language: {draft.Language}",
            $"featured: {(draft.Featured ? "yes" : "no")}",
            $"cover: {draft.CoverImage} {draft.CoverAlt}".TrimEnd(),
            $"SEO: {draft.SeoTitle} | {draft.SeoDescription}",
            $"canonical: {draft.CanonicalUrl}".TrimEnd(),
        })),
    ];
}
