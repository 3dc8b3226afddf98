namespace OpinionAct.Media.Site;

/// <summary>The correction notices' strings (<c>UiText.CorrectionNotices.cs</c>).</summary>
public sealed partial class ThemeText
{
    public string CorrectionNotified => _text[nameof(CorrectionNotified)];

    public string NoticeSubject => _text[nameof(NoticeSubject)];

    public string NoticeIntro => _text[nameof(NoticeIntro)];

    public string NoticeOutro => _text[nameof(NoticeOutro)];
}
