namespace OpinionAct.Media.Site;

/// <summary>The reader questions' strings (<c>UiText.Questions.cs</c>).</summary>
public sealed partial class ThemeText
{
    public string AskTitle => _text[nameof(AskTitle)];

    public string AskIntro => _text[nameof(AskIntro)];

    public string AskQuestionLabel => _text[nameof(AskQuestionLabel)];

    public string AskEmailLabel => _text[nameof(AskEmailLabel)];

    public string AskConsent => _text[nameof(AskConsent)];

    public string AskButton => _text[nameof(AskButton)];

    public string AskDone => _text[nameof(AskDone)];

    public string AskInvalid => _text[nameof(AskInvalid)];

    public string AskResubmit => _text[nameof(AskResubmit)];

    public string AskTooMany => _text[nameof(AskTooMany)];

    public string QuestionsTitle => _text[nameof(QuestionsTitle)];

    public string QuestionConfirmSubject => _text[nameof(QuestionConfirmSubject)];

    public string QuestionConfirmIntro => _text[nameof(QuestionConfirmIntro)];

    public string QuestionConfirmed => _text[nameof(QuestionConfirmed)];

    public string QuestionAnsweredSubject => _text[nameof(QuestionAnsweredSubject)];

    public string QuestionAnsweredIntro => _text[nameof(QuestionAnsweredIntro)];
}
