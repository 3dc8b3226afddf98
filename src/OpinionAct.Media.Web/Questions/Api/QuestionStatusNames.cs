using OpinionAct.Media.Data.Questions;
using OpinionAct.Media.Web.Apis;

namespace OpinionAct.Media.Web.Questions.Api;

/// <summary>The Admin API's names of the moderation states: the enum's names, as issue states are shown.</summary>
internal static class QuestionStatusNames
{
    public static string Of(QuestionStatus status) => status.ToString();

    /// <summary>Null for an absent filter; a name (any case) that is no state is refused with the list of names.</summary>
    public static QuestionStatus? Parse(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        return Enum.GetValues<QuestionStatus>().Where(s => string.Equals(Of(s), name, StringComparison.OrdinalIgnoreCase)).Select(s => (QuestionStatus?)s).FirstOrDefault()
            ?? throw new ApiBodyException(StatusCodes.Status400BadRequest, "Some query values are not acceptable.", new Dictionary<string, string[]>
            {
                ["status"] = [$"must be one of {string.Join(", ", Enum.GetValues<QuestionStatus>().Select(Of))}."],
            });
    }
}
