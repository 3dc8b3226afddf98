namespace OpinionAct.Media.Questions;

/// <summary>One topic's line of "what readers ask": questions kept, answered, still unanswered, and the median time to answer.</summary>
public sealed record QuestionDemandRow(int? TopicId, int Asked, int Answered, int Unanswered, TimeSpan? MedianToAnswer);
