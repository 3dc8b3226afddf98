namespace OpinionAct.Media.Questions;

/// <summary>What the insights need of one question: its topic, when it was asked and answered, and whether it was rejected.</summary>
public sealed record QuestionFacts(int? TopicId, DateTime AskedUtc, DateTime? AnsweredUtc, bool Rejected);
