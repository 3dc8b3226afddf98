using System.Text.Json.Nodes;
using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Tests.Recipes;

public sealed class RecipeScriptEvaluatorTests
{
    private static RecipeScriptEvaluator Evaluator(string variablesJson = "{}") => new(
        (JsonObject)JsonNode.Parse(variablesJson)!,
        new Dictionary<string, string> { ["AdminUsername"] = "alice" },
        key => key == "OrchardCore_Admin:AdminUrlPrefix" ? "Manage" : null,
        () => new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero));

    [Theory]
    [InlineData("[js: parameters('AdminUsername')]", "alice")]
    [InlineData("[js: parameters('Missing')]", "")]
    [InlineData("[js:base64('ew0KICAgICJ0eXBlIjogIkNvbnRlbnRJdGVtL0Jsb2dQb3N0Ig0KfQ==')]", "{\r\n    \"type\": \"ContentItem/BlogPost\"\r\n}")]
    [InlineData("[js: configuration('OrchardCore_Admin:AdminUrlPrefix', 'Admin')]", "Manage")]
    [InlineData("[js: configuration('Not:Set', 'Admin')]", "Admin")]
    [InlineData("[js: 'a' + \"b\" + 'c']", "abc")]
    [InlineData("[js: variables('prefix') + '/Contents/' + variables('prefix')]", "Admin/Contents/Admin")]
    [InlineData("[js: new Date().toISOString()]", "2026-03-04T05:06:07.000Z")]
    [InlineData("[JS: 'upper scope']", "upper scope")]
    public void Evaluate_should_compute_supported_expressions(string script, string expected) =>
        Assert.Equal(expected, Evaluator("""{ "prefix": "[js: configuration('Nope', 'Admin')]" }""").Evaluate(script));

    [Fact]
    public void Evaluate_should_reuse_a_variable_value_across_accesses()
    {
        var evaluator = Evaluator("""{ "id": "[js: uuid()]" }""");

        var first = evaluator.Evaluate("[js: variables('id')]");

        Assert.Equal(32, first.Length);
        Assert.Equal(first, evaluator.Evaluate("[js:variables('id')]"));
        Assert.NotEqual(first, evaluator.Evaluate("[js: uuid()]"));
    }

    [Theory]
    [InlineData("[js: variables('nope')]", "not declared")]
    [InlineData("[js: variables('self')]", "refers to itself")]
    [InlineData("[js: base64('%%%')]", "not Base64")]
    [InlineData("[js: uuid('x')]", "1 argument")]
    [InlineData("[js: 'unclosed]", "not closed")]
    public void Evaluate_should_raise_a_recipe_mistake(string script, string message)
    {
        var ex = Assert.Throws<RecipeScriptException>(() => Evaluator("""{ "self": "[js: variables('self')]" }""").Evaluate(script));

        Assert.False(ex.IsUnsupported);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[js: Math.random()]")]
    [InlineData("[js: alert(1)]")]
    [InlineData("[js: variables('a') - 1]")]
    [InlineData("[file:text('Snippets/footer.html')]")]
    [InlineData("[liquid: {{ Site.SiteName }}]")]
    public void Evaluate_should_flag_unsupported_syntax(string script)
    {
        var ex = Assert.Throws<RecipeScriptException>(() => Evaluator("""{ "a": "1" }""").Evaluate(script));

        Assert.True(ex.IsUnsupported);
    }

    [Fact]
    public void EvaluateTree_should_replace_nested_scripts_and_report_problems_with_paths()
    {
        var node = JsonNode.Parse("""
            { "a": "[js: 'x']", "list": [ "plain", "[js: variables('missing')]" ], "deep": { "f": "[file:text('f.html')]" }, "n": 3 }
            """);
        var errors = new List<RecipeMessage>();
        var warnings = new List<RecipeMessage>();

        Evaluator().EvaluateTree(node, "$.steps[0]", errors, warnings);

        Assert.Equal("x", (string?)node!["a"]);
        Assert.Equal("plain", (string?)node["list"]![0]);
        Assert.Equal("$.steps[0].list[1]", Assert.Single(errors).Path);
        Assert.Equal("$.steps[0].deep.f", Assert.Single(warnings).Path);
        Assert.Equal("[file:text('f.html')]", (string?)node["deep"]!["f"]);
    }

    [Theory]
    [InlineData("[js: x]", true)]
    [InlineData("[file:text('a')]", true)]
    [InlineData("[note] plain text", false)]
    [InlineData("[see: chapter 2] and more", false)]
    [InlineData("js: uuid()", false)]
    public void IsScript_should_recognise_only_orchard_script_scopes(string value, bool expected) =>
        Assert.Equal(expected, RecipeScriptEvaluator.IsScript(value));

    [Fact]
    public void Configuration_should_give_the_recipe_default_and_a_warning_when_the_key_is_not_allowed()
    {
        var secrets = new Dictionary<string, string> { ["Media:Admin:Password"] = "hunter2-agency", ["HOME"] = "/root", ["Site:Motto"] = "Sourced" };
        var evaluator = new RecipeScriptEvaluator([], new Dictionary<string, string>(), key => secrets.GetValueOrDefault(key), () => DateTimeOffset.UnixEpoch, new HashSet<string> { "Site:Motto", "Media:Admin:Password" });
        var tree = (JsonObject)JsonNode.Parse("""
            { "SiteName": "[js: configuration('Media:Admin:Password')]", "Home": "[js: configuration('HOME', 'none')]", "Motto": "[js: configuration('Site:Motto')]" }
            """)!;
        var errors = new List<RecipeMessage>();
        var warnings = new List<RecipeMessage>();

        evaluator.EvaluateTree(tree, "$", errors, warnings);

        Assert.Empty(errors);
        Assert.Equal(("", "none", "Sourced"), (tree["SiteName"]!.GetValue<string>(), tree["Home"]!.GetValue<string>(), tree["Motto"]!.GetValue<string>()));
        Assert.Equal(["$.SiteName", "$.Home"], warnings.Select(w => w.Path));
        Assert.DoesNotContain(warnings, w => w.Message.Contains("hunter2", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_should_refuse_a_chain_of_variables_deeper_than_the_limit_without_exhausting_the_stack()
    {
        var variables = new JsonObject { ["v0"] = "start" };
        for (var i = 1; i <= 50_000; i++)
        {
            variables[$"v{i}"] = $"[js: variables('v{i - 1}')]";
        }

        var evaluator = new RecipeScriptEvaluator(variables, new Dictionary<string, string>(), _ => null, () => DateTimeOffset.UnixEpoch);

        var ex = Assert.Throws<RecipeScriptException>(() => evaluator.Evaluate("[js: variables('v50000')]"));
        Assert.False(ex.IsUnsupported);
        Assert.Contains("nest more than 32 levels", ex.Message, StringComparison.Ordinal);
        Assert.Equal("start", evaluator.Evaluate("[js: variables('v20')]"));
    }

    [Fact]
    public void Evaluate_should_refuse_calls_nested_deeper_than_the_limit()
    {
        var script = "[js: " + string.Concat(Enumerable.Repeat("base64(", 40)) + "'QQ=='" + new string(')', 40) + "]";

        var ex = Assert.Throws<RecipeScriptException>(() => Evaluator().Evaluate(script));

        Assert.Contains("nest more than", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_should_refuse_values_doubled_past_the_length_limit()
    {
        var variables = new JsonObject { ["d0"] = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" };
        for (var i = 1; i <= 26; i++)
        {
            variables[$"d{i}"] = $"[js: variables('d{i - 1}') + variables('d{i - 1}')]";
        }

        var evaluator = new RecipeScriptEvaluator(variables, new Dictionary<string, string>(), _ => null, () => DateTimeOffset.UnixEpoch);

        var ex = Assert.Throws<RecipeScriptException>(() => evaluator.Evaluate("[js: variables('d26')]"));
        Assert.Contains("longer than 1,048,576 characters", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_should_refuse_a_recipe_whose_scripts_produce_too_much_in_all()
    {
        var variables = new JsonObject { ["big"] = new string('x', 1000) };
        var evaluator = new RecipeScriptEvaluator(variables, new Dictionary<string, string>(), _ => null, () => DateTimeOffset.UnixEpoch, limits: new RecipeLimits { MaxEvaluatedLength = 10_000 });

        var ex = Assert.Throws<RecipeScriptException>(() =>
        {
            for (var i = 0; i < 20; i++)
            {
                evaluator.Evaluate("[js: variables('big')]");
            }
        });

        Assert.Contains("10,000 characters in all", ex.Message, StringComparison.Ordinal);
    }
}
