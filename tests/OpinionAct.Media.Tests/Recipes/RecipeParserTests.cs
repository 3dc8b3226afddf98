using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Tests.Recipes;

public sealed class RecipeParserTests
{
    [Fact]
    public void Parse_should_read_header_variables_and_steps_when_json_has_comments_and_trailing_commas()
    {
        const string json = """
            {
              // a comment
              "name": "x", "displayName": "X", "description": "d", "issetuprecipe": true,
              "variables": { "id": "[js: uuid()]", },
              "steps": [ { "name": "Settings", "SiteName": "S" }, { "name": "feature" }, ],
            }
            """;

        var recipe = RecipeParser.Parse(json);

        Assert.Equal("x", recipe.Name);
        Assert.Equal("X", recipe.DisplayName);
        Assert.True(recipe.IsSetupRecipe);
        Assert.Equal(["Settings", "feature"], recipe.Steps.Select(s => s.Name));
        Assert.Equal("$.steps[1]", recipe.Steps[1].Path);
        Assert.True(recipe.Variables.ContainsKey("id"));
    }

    [Theory]
    [InlineData("{ \"name\": \"x\", \"steps\": [ ", "$", "malformed JSON at line 1")]
    [InlineData("[]", "$", "must be a JSON object")]
    [InlineData("{ \"steps\": [] }", "$.name", "required")]
    [InlineData("{ \"name\": 42, \"steps\": [] }", "$.name", "found a number")]
    [InlineData("{ \"name\": \"x\" }", "$.steps", "required")]
    [InlineData("{ \"name\": \"x\", \"steps\": {} }", "$.steps", "expected an array")]
    [InlineData("{ \"name\": \"x\", \"steps\": [ 1 ] }", "$.steps[0]", "expected a step object")]
    [InlineData("{ \"name\": \"x\", \"steps\": [ { \"SiteName\": \"a\" } ] }", "$.steps[0].name", "non-empty string")]
    [InlineData("{ \"name\": \"x\", \"steps\": [ { \"name\": \"\" } ] }", "$.steps[0].name", "non-empty string")]
    [InlineData("{ \"name\": \"x\", \"issetuprecipe\": \"yes\", \"steps\": [] }", "$.issetuprecipe", "true or false")]
    [InlineData("{ \"name\": \"x\", \"variables\": [], \"steps\": [] }", "$.variables", "expected an object")]
    [InlineData("{ \"name\": \"x\", \"name\": \"y\", \"steps\": [] }", "$", "malformed")]
    [InlineData("{ \"name\": \"x\", \"Name\": \"y\", \"steps\": [] }", "$", "malformed")]
    public void Parse_should_report_json_path_when_recipe_is_malformed(string json, string path, string message)
    {
        var ex = Assert.Throws<RecipeFormatException>(() => RecipeParser.Parse(json));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_should_refuse_a_recipe_nested_deeper_than_its_limit_without_reading_on()
    {
        // 10,000 nested arrays inside a step: refused at depth 64 with a position, never a stack overflow or a hang.
        var json = "{ \"name\": \"deep\", \"steps\": [ { \"name\": \"content\", \"Data\": " + new string('[', 10_000) + new string(']', 10_000) + " } ] }";

        var ex = Assert.Throws<RecipeFormatException>(() => RecipeParser.Parse(json));

        var error = Assert.Single(ex.Errors);
        Assert.Contains("malformed JSON at line 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_should_report_every_shape_error_at_once()
    {
        var ex = Assert.Throws<RecipeFormatException>(() => RecipeParser.Parse("""{ "name": 1, "steps": [ 2, { "name": 3 } ] }"""));

        Assert.Equal(["$.name", "$.steps[0]", "$.steps[1].name"], ex.Errors.Select(e => e.Path));
    }

    [Theory]
    [InlineData("blog.recipe.json", "Blog", 11)]
    [InlineData("headless.recipe.json", "Headless", 4)]
    [InlineData("blog.lucene.search.recipe.json", "Blog.Lucene.Search", 5)]
    public void Parse_should_read_orchard_core_anchor_recipes(string file, string name, int steps)
    {
        var recipe = RecipeParser.Parse(TestFiles.Anchor(file), file);

        Assert.Equal(name, recipe.Name);
        Assert.Equal(steps, recipe.Steps.Count);
    }
}
