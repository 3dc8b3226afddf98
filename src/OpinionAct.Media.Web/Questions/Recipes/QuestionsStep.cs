using OpinionAct.Media.Data.Questions;
using OpinionAct.Media.Markdown;
using OpinionAct.Media.Questions;
using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Web.Questions.Recipes;

/// <summary>
/// The <c>questions</c> step: <c>{ "name": "questions", "Questions": [{ "Topic": "slug", "Expert": "slug",
/// "AssignedExpert": "slug", "Question": "...", "Answer": "Markdown", "AnsweredBy": "...", "AskedUtc": "...",
/// "AnsweredUtc": "..." }] }</c>: answered reader questions, published on their topic page and on their expert's (a
/// topic or an expert is needed; the times default to three days and one day before the run). The demo hub shows them
/// at once; an export writes the hub's published Q&amp;A this way. A question whose text exists already is skipped, so
/// running twice changes nothing. Runs after the content step, which creates the topics and experts.
/// </summary>
internal sealed class QuestionsStep(QuestionStore store, MarkdownRenderer markdown, TimeProvider clock) : IRecipeStepHandler
{
    public string StepName => "questions";

    public async Task ApplyAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (item, path) in context.ObjectArray("Questions", "question"))
        {
            string text;
            try
            {
                text = QuestionRules.Clean(context.OptionalString(item, "Question", path));
            }
            catch (MediaValidationException ex)
            {
                context.Error($"{path}.Question", ex.Message);
                continue;
            }

            var answer = context.OptionalString(item, "Answer", path);
            var (topic, expert, _) = await store.ResolveAsync(context.OptionalString(item, "Topic", path), context.OptionalString(item, "Expert", path), null, cancellationToken);
            var (_, assigned, _) = await store.ResolveAsync(null, context.OptionalString(item, "AssignedExpert", path), null, cancellationToken);
            if ((topic is null && expert is null && assigned is null) || string.IsNullOrWhiteSpace(answer))
            {
                context.Error(path, "name an existing topic or expert (by its slug) and give the answer");
                continue;
            }

            var asked = Utc(context, item, "AskedUtc", path) ?? now.AddDays(-3);
            var answered = Utc(context, item, "AnsweredUtc", path) ?? now.AddDays(-1);
            if (await store.ExistsAsync(text, cancellationToken))
            {
                continue;
            }

            await store.AddAsync(new QuestionRecord
            {
                Text = text,
                TopicId = topic,
                ExpertId = expert,
                AssignedExpertId = assigned,
                Status = QuestionStatus.Answered,
                AnswerMarkdown = answer.Trim(),
                AnswerHtml = markdown.Render(answer.Trim()).Html,
                AnsweredBy = context.OptionalString(item, "AnsweredBy", path) ?? "recipe",
                AskedUtc = asked,
                AnsweredUtc = answered,
            }, cancellationToken);
        }
    }

    /// <summary>A bad date is reported by the reader; the recipe then fails, so the fallback is never saved.</summary>
    private static DateTime? Utc(RecipeStepContext context, System.Text.Json.Nodes.JsonObject item, string property, string path) =>
        context.TryOptionalDate(item, property, path, out var at) ? at?.UtcDateTime : null;
}
