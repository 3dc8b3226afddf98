using System.Security.Cryptography;
using System.Text;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Localization;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Site;

namespace OpinionAct.Media.Web.CorrectionNotices;

public sealed partial class CorrectionNoticeService
{
    /// <summary>Longest subject an issue may have; a long title is cut so the notice always fits.</summary>
    private const int MaxSubject = 200;

    /// <summary>
    /// The notice as an issue of the source issue's newsletter, already Sending: a short Markdown body in the hub's
    /// language (what was received, when, and the correction) and the article as its digest. The Markdown goes
    /// through the platform's renderer and sanitiser like any issue body, so a hostile title or correction is inert.
    /// </summary>
    private static NewsletterIssueRecord Compose(EmailSite site, ArticleRecord article, CorrectionEntry correction, NewsletterIssueRecord source, DateTime now)
    {
        var text = UiText.For(UiTextArea.Theme, site.Language);
        var dates = new SiteDates(site.Language, site.TimeZone);
        var received = source.CompletedUtc ?? source.QueuedUtc ?? source.CreatedUtc;
        var body = new StringBuilder()
            .Append(Escape(text.Format("NoticeIntro", dates.Display(received), source.Subject, article.Title))).Append("\n\n")
            .Append("> **").Append(Escape(dates.Display(correction.Date.UtcDateTime))).Append("** — ")
            .Append(Escape(correction.Text.ReplaceLineEndings(" "))).Append("\n\n")
            .Append(Escape(text["NoticeOutro"]))
            .ToString();
        var subject = text.Format("NoticeSubject", article.Title).ReplaceLineEndings(" ");
        return new NewsletterIssueRecord
        {
            NewsletterId = source.NewsletterId,
            Subject = subject.Length <= MaxSubject ? subject : string.Concat(subject.AsSpan(0, MaxSubject - 1), "…"),
            BodyMarkdown = body,
            ArticleIdsJson = $"[{article.Id}]",
            Status = IssueStatus.Sending,
            QueuedUtc = now,
            MessageKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            CreatedUtc = now,
            UpdatedUtc = now,
        };
    }

    /// <summary>Plain text into Markdown: punctuation Markdown would read as formatting is escaped.</summary>
    private static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '!' or '|' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
