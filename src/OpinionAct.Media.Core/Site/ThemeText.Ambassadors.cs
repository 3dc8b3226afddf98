namespace OpinionAct.Media.Site;

/// <summary>The ambassadors' monthly email and their unsubscribe page.</summary>
public sealed partial class ThemeText
{
    public string AmbassadorReportSubject => _text[nameof(AmbassadorReportSubject)];

    public string AmbassadorReportGreeting => _text[nameof(AmbassadorReportGreeting)];

    public string AmbassadorReportIntro => _text[nameof(AmbassadorReportIntro)];

    public string AmbassadorReportViews => _text[nameof(AmbassadorReportViews)];

    public string AmbassadorReportVisitors => _text[nameof(AmbassadorReportVisitors)];

    public string AmbassadorReportReading => _text[nameof(AmbassadorReportReading)];

    public string AmbassadorReportCompletions => _text[nameof(AmbassadorReportCompletions)];

    public string AmbassadorReportSignups => _text[nameof(AmbassadorReportSignups)];

    public string AmbassadorReportArticles => _text[nameof(AmbassadorReportArticles)];

    public string AmbassadorReportArticleFigures => _text[nameof(AmbassadorReportArticleFigures)];

    public string AmbassadorReportShare => _text[nameof(AmbassadorReportShare)];

    public string AmbassadorReportOutro => _text[nameof(AmbassadorReportOutro)];

    public string AmbassadorUnsubscribeTitle => _text[nameof(AmbassadorUnsubscribeTitle)];

    public string AmbassadorUnsubscribeText => _text[nameof(AmbassadorUnsubscribeText)];

    public string AmbassadorUnsubscribeButton => _text[nameof(AmbassadorUnsubscribeButton)];

    public string AmbassadorUnsubscribedText => _text[nameof(AmbassadorUnsubscribedText)];

    public string AmbassadorLinkInvalid => _text[nameof(AmbassadorLinkInvalid)];
}
