using OpinionAct.Media.Data.Questions;
using OpinionAct.Media.Markdown;
using OpinionAct.Media.Questions;
using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Web.Questions.Recipes;

/// <summary>
/// The <c>questions</c> step: <c>{ "name": "questions", "Questions": [{ "Topic": "slug", "Question": "...",
/// "Answer": "Markdown", "AnsweredBy": "..." }] }</c>: answered reader questions, published on their topic page
/// (the demo hub shows them at once). A question whose text exists already is skipped, so running twice changes
/// nothing. Runs after the content step, which creates the topics.
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
            var (topic, _, _) = await store.ResolveAsync(context.OptionalString(item, "Topic", path), null, null, cancellationToken);
            if (topic is null || string.IsNullOrWhiteSpace(answer))
            {
                context.Error(path, "name an existing topic (by its slug) and give the answer");
                continue;
            }

            if (await store.ExistsAsync(text, cancellationToken))
            {
                continue;
            }

            await store.AddAsync(new QuestionRecord
            {
                Text = text,
                TopicId = topic,
                Status = QuestionStatus.Answered,
                AnswerMarkdown = answer.Trim(),
                AnswerHtml = markdown.Render(answer.Trim()).Html,
                AnsweredBy = context.OptionalString(item, "AnsweredBy", path) ?? "recipe",
                AskedUtc = now.AddDays(-3),
                AnsweredUtc = now.AddDays(-1),
            }, cancellationToken);
        }
    }
}
