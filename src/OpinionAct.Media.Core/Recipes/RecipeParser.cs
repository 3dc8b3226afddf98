using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpinionAct.Media.Recipes;

/// <summary>
/// Reads Orchard Core recipe files: JSON with <c>//</c> comments and trailing commas. Checks the
/// outer shape only; each step's own properties are checked by the step that understands them.
/// </summary>
public static class RecipeParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    // Property names are read without regard to case, as Orchard Core reads them: its own recipes spell a content
    // step's items "data" as often as "Data". The option reaches every object of the parsed tree.
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    /// <exception cref="RecipeFormatException">The text is not a recipe; the errors carry JSON paths.</exception>
    public static RecipeDocument Parse(string json, string source = "inline")
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, NodeOptions, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}" : string.Empty;
            throw new RecipeFormatException(source, [new RecipeMessage(ex.Path ?? "$", $"malformed JSON{where}: {FirstSentence(ex.Message)}")]);
        }

        if (root is not JsonObject obj)
        {
            throw new RecipeFormatException(source, [new RecipeMessage("$", "a recipe must be a JSON object")]);
        }

        try
        {
            return ReadDocument(obj, source);
        }
        catch (ArgumentException ex)
        {
            // JsonObject materialises lazily and rejects duplicate property names at that point.
            throw new RecipeFormatException(source, [new RecipeMessage("$", $"malformed recipe: {FirstSentence(ex.Message)}")]);
        }
    }

    private static RecipeDocument ReadDocument(JsonObject obj, string source)
    {
        var errors = new List<RecipeMessage>();
        var name = ReadString(obj, "name", errors, required: true);
        var displayName = ReadString(obj, "displayName", errors, required: false);
        var description = ReadString(obj, "description", errors, required: false);
        var isSetup = ReadBool(obj, "issetuprecipe", errors);

        var variables = new JsonObject();
        if (obj["variables"] is { } variablesNode)
        {
            if (variablesNode is JsonObject v)
            {
                variables = v;
            }
            else
            {
                errors.Add(new RecipeMessage("$.variables", $"expected an object, found {Describe(variablesNode)}"));
            }
        }

        var steps = new List<RecipeStep>();
        switch (obj["steps"])
        {
            case null:
                errors.Add(new RecipeMessage("$.steps", "is required (an array of steps)"));
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is not JsonObject stepObject)
                    {
                        errors.Add(new RecipeMessage($"$.steps[{i}]", $"expected a step object, found {Describe(array[i])}"));
                        continue;
                    }

                    var stepName = stepObject["name"] is JsonValue nameValue && nameValue.TryGetValue<string>(out var s) ? s.Trim() : null;
                    if (string.IsNullOrEmpty(stepName))
                    {
                        errors.Add(new RecipeMessage($"$.steps[{i}].name", "every step needs a non-empty string 'name'"));
                        continue;
                    }

                    steps.Add(new RecipeStep(i, stepName, stepObject));
                }

                break;
            default:
                errors.Add(new RecipeMessage("$.steps", $"expected an array, found {Describe(obj["steps"])}"));
                break;
        }

        if (errors.Count > 0)
        {
            throw new RecipeFormatException(source, errors);
        }

        return new RecipeDocument
        {
            Name = name!,
            DisplayName = displayName,
            Description = description,
            IsSetupRecipe = isSetup,
            Variables = variables,
            Steps = steps,
            Source = source,
        };
    }

    /// <summary>Describes a JSON value's kind for error messages ("a number", "null").</summary>
    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "a value",
        },
        _ => "a value",
    };

    private static string? ReadString(JsonObject obj, string property, List<RecipeMessage> errors, bool required)
    {
        var node = obj[property];
        if (node is JsonValue value && value.TryGetValue<string>(out var text) && (!required || !string.IsNullOrWhiteSpace(text)))
        {
            return text;
        }

        if (node is null && !required)
        {
            return null;
        }

        errors.Add(new RecipeMessage($"$.{property}", node is null ? "is required (a string)" : $"expected a non-empty string, found {Describe(node)}"));
        return null;
    }

    private static bool ReadBool(JsonObject obj, string property, List<RecipeMessage> errors)
    {
        var node = obj[property];
        if (node is null)
        {
            return false;
        }

        if (node is JsonValue value && value.TryGetValue<bool>(out var flag))
        {
            return flag;
        }

        errors.Add(new RecipeMessage($"$.{property}", $"expected true or false, found {Describe(node)}"));
        return false;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
