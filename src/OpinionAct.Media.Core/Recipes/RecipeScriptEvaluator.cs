using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpinionAct.Media.Recipes;

/// <summary>
/// Evaluates the subset of Orchard Core's recipe scripts that real recipes use:
/// <c>[js: uuid()]</c>, <c>variables('x')</c>, <c>parameters('x')</c>, <c>base64('...')</c>,
/// <c>configuration('key', 'default')</c>, <c>new Date().toISOString()</c>, string literals
/// and <c>+</c> concatenation. There is no JavaScript engine: anything else is reported as
/// unsupported and left as written.
/// </summary>
public sealed partial class RecipeScriptEvaluator
{
    private const string ScriptStart = "[js:";

    private readonly JsonObject _variables;
    private readonly IReadOnlyDictionary<string, string> _parameters;
    private readonly Func<string, string?> _configuration;
    private readonly IReadOnlySet<string> _allowedConfiguration;
    private readonly Func<DateTimeOffset> _clock;
    private readonly RecipeLimits _limits;
    private readonly Dictionary<string, string> _evaluatedVariables = new(StringComparer.Ordinal);
    private readonly HashSet<string> _evaluating = new(StringComparer.Ordinal);
    private readonly List<string> _notes = [];
    private int _depth;
    private long _evaluatedLength;

    /// <param name="clock">The recipe run's clock, for <c>new Date()</c>.</param>
    /// <param name="allowedConfiguration">Keys <c>configuration()</c> may read; see <see cref="RecipeConfigurationKeys"/>.</param>
    public RecipeScriptEvaluator(
        JsonObject variables,
        IReadOnlyDictionary<string, string> parameters,
        Func<string, string?> configuration,
        Func<DateTimeOffset> clock,
        IReadOnlySet<string>? allowedConfiguration = null,
        RecipeLimits? limits = null)
    {
        _variables = variables;
        _parameters = parameters;
        _configuration = configuration;
        _clock = clock;
        _allowedConfiguration = allowedConfiguration ?? RecipeConfigurationKeys.BuiltIn;
        _limits = limits ?? new RecipeLimits();
    }

    /// <summary>True when a string value is an Orchard script: <c>[js: ...]</c>, <c>[file: ...]</c> or <c>[liquid: ...]</c>.</summary>
    public static bool IsScript(string value) => ScriptPattern().IsMatch(value);

    [GeneratedRegex(@"^\[(js|file|liquid):.*\]$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptPattern();

    /// <summary>
    /// Replaces every script string under <paramref name="node"/> with its value. Mistakes
    /// (an unknown variable) become errors; features we lack become warnings and the value is kept.
    /// </summary>
    public void EvaluateTree(JsonNode? node, string path, List<RecipeMessage> errors, List<RecipeMessage> warnings)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    var childPath = $"{path}.{key}";
                    if (TryEvaluateLeaf(child, childPath, errors, warnings, out var replacement))
                    {
                        obj[key] = replacement;
                    }
                    else
                    {
                        EvaluateTree(child, childPath, errors, warnings);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var childPath = $"{path}[{i}]";
                    if (TryEvaluateLeaf(array[i], childPath, errors, warnings, out var replacement))
                    {
                        array[i] = replacement;
                    }
                    else
                    {
                        EvaluateTree(array[i], childPath, errors, warnings);
                    }
                }

                break;
        }
    }

    /// <summary>Evaluates one script value such as <c>[js: variables('id')]</c>.</summary>
    /// <exception cref="RecipeScriptException">The script is unsupported or wrong.</exception>
    public string Evaluate(string script)
    {
        if (!script.StartsWith(ScriptStart, StringComparison.OrdinalIgnoreCase) || !script.EndsWith(']'))
        {
            var scope = script[1..script.IndexOf(':', StringComparison.Ordinal)];
            throw new RecipeScriptException($"the '{scope}:' script scope is not supported", isUnsupported: true);
        }

        var body = script[ScriptStart.Length..^1];
        var reader = new ScriptReader(body, this);
        Enter();
        try
        {
            var value = reader.ReadExpression();
            reader.ExpectEnd();
            _evaluatedLength += value.Length;
            if (_evaluatedLength > _limits.MaxEvaluatedLength)
            {
                throw new RecipeScriptException($"the recipe's scripts produce more than {_limits.MaxEvaluatedLength:N0} characters in all", isUnsupported: false);
            }

            return value;
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>One more level of nesting: a script inside a variable, or a call's arguments.</summary>
    private void Enter()
    {
        if (++_depth > _limits.MaxScriptDepth)
        {
            _depth--;
            throw new RecipeScriptException($"scripts nest more than {_limits.MaxScriptDepth} levels deep (variables within variables, or calls within calls)", isUnsupported: false);
        }
    }

    private void Exit() => _depth--;

    private void CheckLength(int length)
    {
        if (length > _limits.MaxValueLength)
        {
            throw new RecipeScriptException($"a script produces a value longer than {_limits.MaxValueLength:N0} characters", isUnsupported: false);
        }
    }

    private bool TryEvaluateLeaf(JsonNode? node, string path, List<RecipeMessage> errors, List<RecipeMessage> warnings, out JsonNode? replacement)
    {
        replacement = null;
        if (node is not JsonValue value || !value.TryGetValue<string>(out var text) || !IsScript(text))
        {
            return false;
        }

        try
        {
            replacement = JsonValue.Create(Evaluate(text));
            warnings.AddRange(_notes.Select(note => new RecipeMessage(path, note)));
            return true;
        }
        catch (RecipeScriptException ex) when (ex.IsUnsupported)
        {
            warnings.Add(new RecipeMessage(path, $"{ex.Message}; the value '{text}' was kept as written"));
        }
        catch (RecipeScriptException ex)
        {
            errors.Add(new RecipeMessage(path, ex.Message));
        }
        finally
        {
            _notes.Clear();
        }

        return false;
    }

    private string Variable(string name)
    {
        if (_evaluatedVariables.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!_variables.TryGetPropertyValue(name, out var node))
        {
            throw new RecipeScriptException($"variables('{name}') is not declared in the recipe's variables", isUnsupported: false);
        }

        if (!_evaluating.Add(name))
        {
            throw new RecipeScriptException($"variables('{name}') refers to itself", isUnsupported: false);
        }

        try
        {
            var raw = node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString() ?? string.Empty;
            var value = IsScript(raw) ? Evaluate(raw) : raw;
            _evaluatedVariables[name] = value;
            return value;
        }
        finally
        {
            _evaluating.Remove(name);
        }
    }

    private string Call(string function, List<string> args)
    {
        switch (function)
        {
            case "uuid" when args.Count == 0:
                return Guid.NewGuid().ToString("n");
            case "variables" when args.Count == 1:
                return Variable(args[0]);
            case "parameters" when args.Count == 1:
                return _parameters.TryGetValue(args[0], out var parameter) ? parameter : string.Empty;
            case "configuration" when args.Count is 1 or 2:
                var fallback = args.Count == 2 ? args[1] : string.Empty;
                if (!RecipeConfigurationKeys.IsReadable(args[0], _allowedConfiguration))
                {
                    _notes.Add($"configuration('{args[0]}') is not a key recipes may read (Media:Recipes:AllowedConfiguration); the recipe's default '{fallback}' was used");
                    return fallback;
                }

                return _configuration(args[0]) ?? fallback;
            case "base64" when args.Count == 1:
                try
                {
                    return Encoding.UTF8.GetString(Convert.FromBase64String(args[0]));
                }
                catch (FormatException)
                {
                    throw new RecipeScriptException("base64(...) was given text that is not Base64", isUnsupported: false);
                }

            case "uuid" or "variables" or "parameters" or "configuration" or "base64":
                throw new RecipeScriptException($"{function}() was called with {args.Count} argument(s)", isUnsupported: false);
            default:
                throw new RecipeScriptException($"the script function '{function}' is not supported", isUnsupported: true);
        }
    }

    /// <summary>A tiny recursive-descent reader for <c>term ('+' term)*</c>.</summary>
    private ref struct ScriptReader(string text, RecipeScriptEvaluator evaluator)
    {
        private readonly string _text = text;
        private int _pos;

        public string ReadExpression()
        {
            var result = new StringBuilder(ReadTerm());
            while (Peek() == '+')
            {
                _pos++;
                var term = ReadTerm();
                evaluator.CheckLength(result.Length + term.Length);
                result.Append(term);
            }

            return result.ToString();
        }

        public void ExpectEnd()
        {
            SkipSpace();
            if (_pos < _text.Length)
            {
                throw Unsupported();
            }
        }

        private string ReadTerm()
        {
            var c = Peek();
            if (c is '\'' or '"')
            {
                return ReadString();
            }

            var name = ReadIdentifier();
            if (name == "new")
            {
                return ReadNewDate();
            }

            var args = ReadArguments();
            return evaluator.Call(name, args);
        }

        private string ReadNewDate()
        {
            foreach (var expected in new[] { "Date", "(", ")", ".", "toISOString", "(", ")" })
            {
                SkipSpace();
                if (string.CompareOrdinal(_text, _pos, expected, 0, expected.Length) != 0)
                {
                    throw Unsupported();
                }

                _pos += expected.Length;
            }

            return evaluator._clock().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        }

        private List<string> ReadArguments()
        {
            var args = new List<string>();
            if (Peek() != '(')
            {
                throw Unsupported();
            }

            _pos++;
            if (Peek() == ')')
            {
                _pos++;
                return args;
            }

            evaluator.Enter();
            try
            {
                return ReadArgumentList(args);
            }
            finally
            {
                evaluator.Exit();
            }
        }

        private List<string> ReadArgumentList(List<string> args)
        {
            while (true)
            {
                args.Add(ReadExpression());
                var next = Peek();
                _pos++;
                if (next == ')')
                {
                    return args;
                }

                if (next != ',')
                {
                    throw Unsupported();
                }
            }
        }

        private string ReadIdentifier()
        {
            SkipSpace();
            var start = _pos;
            while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
            {
                _pos++;
            }

            return _pos > start ? _text[start.._pos] : throw Unsupported();
        }

        private string ReadString()
        {
            var quote = _text[_pos++];
            var result = new StringBuilder();
            while (_pos < _text.Length && _text[_pos] != quote)
            {
                if (_text[_pos] == '\\' && _pos + 1 < _text.Length)
                {
                    _pos++;
                }

                result.Append(_text[_pos++]);
            }

            if (_pos >= _text.Length)
            {
                throw new RecipeScriptException("a string in the script is not closed", isUnsupported: false);
            }

            _pos++;
            return result.ToString();
        }

        private char Peek()
        {
            SkipSpace();
            return _pos < _text.Length ? _text[_pos] : '\0';
        }

        private void SkipSpace()
        {
            while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
            {
                _pos++;
            }
        }

        private readonly RecipeScriptException Unsupported() =>
            new($"the script '{_text.Trim()}' uses syntax beyond uuid(), variables(), parameters(), configuration(), base64(), string literals and +", isUnsupported: true);
    }
}
