namespace OpinionAct.Media.Web.Questions;

/// <summary>
/// A question as the form or <c>POST /api/questions</c> sends it: the text, an optional address, what it is about
/// (topic or expert slug, article path), the page it came from, and the honeypot (<c>website</c>).
/// </summary>
public sealed record QuestionInput(string? Question, string? Email, string? Topic, string? Expert, string? Article, string? Page, string? Website);
