namespace OpinionAct.Media.Web.Questions.Api;

/// <summary>The question this one duplicates.</summary>
public sealed record QuestionMergeInput(int? Into);
