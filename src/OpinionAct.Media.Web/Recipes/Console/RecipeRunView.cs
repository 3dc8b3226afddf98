using System.Text.Json;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Web.Recipes.Console;

/// <summary>One recipe run as the console shows it: from a run just made, or from the tenant's <c>RecipeRuns</c> history.</summary>
public sealed record RecipeRunView(
    string Recipe,
    DateTime AppliedUtc,
    IReadOnlyList<string> Applied,
    IReadOnlyList<RecipeMessage> Skipped,
    IReadOnlyList<RecipeMessage> Warnings,
    IReadOnlyList<RecipeMessage> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static RecipeRunView From(RecipeReport report, DateTime appliedUtc) =>
        new(report.Recipe, appliedUtc, report.Applied, report.Skipped, report.Warnings, report.Errors);

    /// <summary>A stored run; a report this build cannot read shows as the run alone.</summary>
    public static RecipeRunView From(RecipeRunRecord run)
    {
        try
        {
            using var json = JsonDocument.Parse(run.ReportJson);
            var root = json.RootElement;
            return new RecipeRunView(
                run.Recipe,
                run.AppliedUtc,
                Strings(root, "Applied"),
                Messages(root, "Skipped"),
                Messages(root, "Warnings"),
                Messages(root, "Errors"));
        }
        catch (JsonException)
        {
            return new RecipeRunView(run.Recipe, run.AppliedUtc, [], [], [], []);
        }
    }

    private static List<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList()
            : [];

    private static List<RecipeMessage> Messages(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => new RecipeMessage(Text(e, "Path"), Text(e, "Message"))).ToList()
            : [];

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
