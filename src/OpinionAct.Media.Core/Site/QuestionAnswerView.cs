namespace OpinionAct.Media.Site;

/// <summary>One answered reader question on a topic or expert page: the question as plain text, the sanitised answer.</summary>
public sealed record QuestionAnswerView(string Question, string AnswerHtml, string AnsweredIso, string AnsweredOn);
