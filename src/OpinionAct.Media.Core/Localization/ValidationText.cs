using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace OpinionAct.Media.Localization;

/// <summary>
/// Puts a service's validation message into the reader's or editor's language. The services write one English
/// sentence for every caller (API, CLI, recipes, pages); pages pass it through here with the language they are
/// shown in. A message is recognised against the English of the <c>validation.*</c> entries, whose <c>{0}</c>
/// stand for the values it carries (a slug, a number), and given back in French with the same values. A message
/// no entry knows comes back unchanged, so nothing is ever lost, only left in English.
/// </summary>
public static class ValidationText
{
    private const string Prefix = "validation.";

    private static readonly Lazy<(Regex English, string French)[]> Patterns = new(Build);

    private static readonly Lazy<FrozenDictionary<string, string>> Exact = new(() =>
        UiText.Entries(UiTextArea.Admin).Where(e => e.Key.StartsWith(Prefix, StringComparison.Ordinal) && !e.En.Contains('{', StringComparison.Ordinal))
            .ToFrozenDictionary(e => e.En, e => e.Fr, StringComparer.Ordinal));

    public static string Localize(string? message, string? language)
    {
        if (string.IsNullOrEmpty(message) || UiText.IsEnglish(language))
        {
            return message ?? string.Empty;
        }

        if (Exact.Value.TryGetValue(message, out var french))
        {
            return french;
        }

        foreach (var (english, template) in Patterns.Value)
        {
            var match = english.Match(message);
            if (match.Success)
            {
                return Regex.Replace(template, @"\{(\d)\}", placeholder => match.Groups["p" + placeholder.Groups[1].Value].Value);
            }
        }

        return message;
    }

    private static (Regex, string)[] Build() =>
        UiText.Entries(UiTextArea.Admin)
            .Where(e => e.Key.StartsWith(Prefix, StringComparison.Ordinal) && e.En.Contains('{', StringComparison.Ordinal))
            .Select(e => (new Regex("^" + Regex.Replace(Regex.Escape(e.En), @"\\\{(\d)}", m => $"(?<p{m.Groups[1].Value}>.*?)") + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromMilliseconds(100)), e.Fr))
            .ToArray();
}
