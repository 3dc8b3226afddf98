namespace OpinionAct.Media.Web.Questions.Api;

/// <summary>The expert to assign the question to; null unassigns it.</summary>
public sealed record QuestionAssignInput(int? ExpertId);
