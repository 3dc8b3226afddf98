using System.Globalization;
using OpinionAct.Media.Localization;

namespace OpinionAct.Media.Web.Admin;

/// <summary>
/// The admin's UI strings in one language: the <see cref="UiTextArea.Admin"/> area of <see cref="UiText"/>
/// (declared in <c>Core/Localization/UiText.Admin*.cs</c>), read as <c>t["key"]</c> and <c>t.Format(key, args)</c>.
/// A missing key shows as <c>[[key]]</c> (tests look for it).
/// </summary>
public sealed class AdminText
{
    public static readonly AdminText English = new(UiText.For(UiTextArea.Admin, UiText.EnglishLanguage));

    public static readonly AdminText French = new(UiText.For(UiTextArea.Admin, UiText.FrenchLanguage));

    private readonly UiText _text;

    private AdminText(UiText text) => _text = text;

    public string Language => _text.Language;

    public CultureInfo Culture => _text.Culture;

    public static IEnumerable<string> Keys => UiText.Entries(UiTextArea.Admin).Select(e => e.Key);

    public string this[string key] => _text[key];

    public static AdminText For(string? language) => UiText.IsEnglish(language) ? English : French;

    public string Format(string key, params object?[] args) => _text.Format(key, args);
}
