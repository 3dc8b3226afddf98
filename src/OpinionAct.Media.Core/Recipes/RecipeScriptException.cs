namespace OpinionAct.Media.Recipes;

/// <summary>A script value that cannot be evaluated; <see cref="IsUnsupported"/> tells a feature we lack from a mistake in the recipe.</summary>
public sealed class RecipeScriptException : Exception
{
    public RecipeScriptException(string message, bool isUnsupported) : base(message) => IsUnsupported = isUnsupported;

    public RecipeScriptException() { }

    public RecipeScriptException(string message) : base(message) { }

    public RecipeScriptException(string message, Exception innerException) : base(message, innerException) { }

    public bool IsUnsupported { get; }
}
