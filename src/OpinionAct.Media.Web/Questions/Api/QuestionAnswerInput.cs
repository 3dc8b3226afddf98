namespace OpinionAct.Media.Web.Questions.Api;

/// <summary>The answer to publish, in Markdown (rendered through the sanitising renderer).</summary>
public sealed record QuestionAnswerInput(string? Answer);
