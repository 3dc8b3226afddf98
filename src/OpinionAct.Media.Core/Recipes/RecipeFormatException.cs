namespace OpinionAct.Media.Recipes;

/// <summary>A recipe that cannot be read at all: malformed JSON or a wrong shape. Nothing was applied.</summary>
public sealed class RecipeFormatException : Exception
{
    public RecipeFormatException(string source, IReadOnlyList<RecipeMessage> errors)
        : base($"Recipe {source} is invalid: {string.Join("; ", errors)}")
    {
        Errors = errors;
    }

    public RecipeFormatException() : this("inline", []) { }

    public RecipeFormatException(string message) : base(message) => Errors = [];

    public RecipeFormatException(string message, Exception innerException) : base(message, innerException) => Errors = [];

    public IReadOnlyList<RecipeMessage> Errors { get; }
}
