using System.Collections.Frozen;
using System.Globalization;

namespace OpinionAct.Media.Localization;

/// <summary>
/// Every UI string of the platform, for the admin and the themes alike: one catalog of entries
/// (key, English, French) declared once per area in the <c>UiText.*.cs</c> files, so neither language
/// can miss a string. An instance is one area in one language: <c>t["key"]</c> reads a string, a missing
/// key shows as <c>[[key]]</c> (tests look for it), and <see cref="Format"/> fills placeholders with the
/// language's culture. French is the default; only "en" gives English.
/// </summary>
/// <remarks>
/// The entry lists are properties, not fields: static field initialisers of partial class parts run in
/// no defined order, and <see cref="Catalog"/> reads them all.
/// </remarks>
public sealed partial class UiText
{
    public const string FrenchLanguage = "fr";

    public const string EnglishLanguage = "en";

    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    private static readonly FrozenDictionary<UiTextArea, (UiText French, UiText English)> Catalog = Enum.GetValues<UiTextArea>()
        .ToFrozenDictionary(area => area, area => (Build(area, FrenchLanguage), Build(area, EnglishLanguage)));

    private readonly FrozenDictionary<string, string> _strings;

    private UiText(UiTextArea area, string language, CultureInfo culture, FrozenDictionary<string, string> strings)
    {
        Area = area;
        Language = language;
        Culture = culture;
        _strings = strings;
    }

    public UiTextArea Area { get; }

    /// <summary>"fr" or "en".</summary>
    public string Language { get; }

    /// <summary>fr-FR or en-GB: for <see cref="Format"/>, and for numbers and dates printed next to these strings.</summary>
    public CultureInfo Culture { get; }

    public string this[string key] => _strings.TryGetValue(key, out var value) ? value : $"[[{key}]]";

    /// <summary>The strings of <paramref name="area"/> in English when <paramref name="language"/> is "en", in French otherwise.</summary>
    public static UiText For(UiTextArea area, string? language) => IsEnglish(language) ? Catalog[area].English : Catalog[area].French;

    /// <summary>The platform's one language rule: "en" is English, anything else (none included) French.</summary>
    public static bool IsEnglish(string? language) => language == EnglishLanguage;

    /// <summary>The entries of <paramref name="area"/> as declared, for tests and tools.</summary>
    public static IReadOnlyList<(string Key, string En, string Fr)> Entries(UiTextArea area) => area switch
    {
        UiTextArea.Admin => [.. AdminEntries, .. AdminIssueEntries, .. AdminSubscriptionEntries, .. AdminInsightsEntries, .. AdminMediaEntries, .. AdminApisEntries, .. AdminWebhookEntries, .. AdminDeliverabilityEntries, .. AdminBounceEntries, .. AdminAccountsEntries, .. AdminEditorEntries, .. AdminFactCheckEntries, .. AdminValidationEntries, .. AdminHygieneEntries, .. AdminQuestionEntries, .. AdminNoticeEntries, .. AdminAmbassadorEntries, .. AdminSyndicationEntries],
        UiTextArea.Theme => [.. ThemeEntries, .. ThemeFactCheckEntries, .. ThemeQuestionEntries, .. ThemeNoticeEntries, .. ThemeAmbassadorEntries, .. ThemeSyndicationEntries],
        UiTextArea.Email => EmailEntries,
        UiTextArea.Subscription => SubscriptionEntries,
        UiTextArea.Console => [.. ConsoleEntries, .. ConsolePeopleEntries],
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "Not a UI text area."),
    };

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    private static UiText Build(UiTextArea area, string language)
    {
        var english = IsEnglish(language);
        var strings = Entries(area).ToFrozenDictionary(e => e.Key, e => english ? e.En : e.Fr, StringComparer.Ordinal);
        return new UiText(area, language, english ? EnglishCulture : FrenchCulture, strings);
    }
}
