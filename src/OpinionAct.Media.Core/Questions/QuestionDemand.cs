namespace OpinionAct.Media.Questions;

/// <summary>Sums questions per topic for the insights; rejected questions (spam, off topic) are not demand and are left out.</summary>
public static class QuestionDemand
{
    public static IReadOnlyList<QuestionDemandRow> PerTopic(IEnumerable<QuestionFacts> questions) =>
        questions.Where(q => !q.Rejected)
            .GroupBy(q => q.TopicId)
            .Select(g =>
            {
                var waits = g.Where(q => q.AnsweredUtc is not null).Select(q => q.AnsweredUtc!.Value - q.AskedUtc).ToList();
                return new QuestionDemandRow(g.Key, g.Count(), waits.Count, g.Count() - waits.Count, Median(waits));
            })
            .OrderByDescending(r => r.Asked).ThenBy(r => r.TopicId)
            .ToList();

    /// <summary>The middle value (the mean of the two middle ones for an even count); null for none.</summary>
    public static TimeSpan? Median(IReadOnlyCollection<TimeSpan> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
