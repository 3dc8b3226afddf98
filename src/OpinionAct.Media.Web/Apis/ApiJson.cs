using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using OpinionAct.Media.Content;

namespace OpinionAct.Media.Web.Apis;

/// <summary>
/// Reads an Admin API JSON body. Minimal APIs' own binding stops at the first bad value and answers a bare
/// 400; this reads the body once (within <see cref="MaxBodyBytes"/>), then tries each known field on its own,
/// so a client learns every field of the wrong type in one answer (<see cref="ApiBodyException"/>, 400 with
/// <c>errors</c> per JSON field name). Unknown fields are ignored, so a client may send back what it read.
/// Whether the values are acceptable is the services' business (422), exactly as for the admin's forms.
/// </summary>
public static class ApiJson
{
    /// <summary>Room for an article's Markdown (at most 1,000,000 characters) and its other fields.</summary>
    public const long MaxBodyBytes = 4 * 1024 * 1024;

    /// <summary>camelCase names, enums as strings: the shape of every Admin API request and answer.</summary>
    public static readonly JsonSerializerOptions Options = CreateOptions();

    /// <exception cref="ApiBodyException">Not JSON, not an object, too large, or fields of the wrong type.</exception>
    public static async Task<T> ReadAsync<T>(HttpContext http, long maxBytes = MaxBodyBytes)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        if (!request.HasJsonContentType())
        {
            throw new ApiBodyException(StatusCodes.Status415UnsupportedMediaType, "Send the body as application/json.");
        }

        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        }
        catch (JsonException ex)
        {
            throw Invalid("$", $"is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}).");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Invalid("$", "must be a JSON object.");
            }

            var errors = new FieldErrors();
            var info = Options.GetTypeInfo(typeof(T));
            foreach (var property in root.EnumerateObject())
            {
                var target = info.Properties.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
                if (target is null)
                {
                    continue;
                }

                if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    if (target.PropertyType.IsValueType && Nullable.GetUnderlyingType(target.PropertyType) is null)
                    {
                        errors.Add(target.Name, $"must be {Describe(target.PropertyType)}, not null.");
                    }

                    continue;
                }

                try
                {
                    property.Value.Deserialize(target.PropertyType, Options);
                }
                catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or NotSupportedException)
                {
                    errors.Add(target.Name, $"must be {Describe(target.PropertyType)}.");
                }
            }

            if (errors.Any)
            {
                throw new ApiBodyException(StatusCodes.Status400BadRequest, "Some fields of the body have the wrong type.", errors.ToDictionary());
            }

            try
            {
                return root.Deserialize<T>(Options) ?? throw Invalid("$", "must be a JSON object.");
            }
            catch (JsonException ex)
            {
                // Only what the field-by-field pass cannot see is left, such as a missing required field.
                throw Invalid(ex.Path ?? "$", ex.Message);
            }
        }
    }

    /// <summary>Field names of a service's errors (the C# draft's, PascalCase) as the JSON body names them (camelCase).</summary>
    public static IReadOnlyDictionary<string, string[]> JsonNames(IReadOnlyDictionary<string, string[]> errors) =>
        errors.GroupBy(e => JsonName(e.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray(), StringComparer.Ordinal);

    /// <summary><c>Sources[0].Url</c> → <c>sources[0].url</c>.</summary>
    public static string JsonName(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    private static ApiBodyException TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is too large (at most {maxBytes} bytes).");

    private static ApiBodyException Invalid(string field, string message) =>
        new(StatusCodes.Status400BadRequest, "The request body could not be read.", new Dictionary<string, string[]> { [field] = [message] });

    private static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "a string";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return "a whole number";
        }

        if (type == typeof(double) || type == typeof(decimal) || type == typeof(float))
        {
            return "a number";
        }

        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return "a date and time (ISO 8601, e.g. 2026-03-01T09:30:00Z)";
        }

        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetNames(type).Select(n => $"'{n}'"));
        }

        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var item = type.IsGenericType ? type.GetGenericArguments()[0] : typeof(object);
            return item == typeof(string) ? "a list of strings" : item == typeof(int) ? "a list of whole numbers" : "a list of objects with the documented fields";
        }

        return "an object with the documented fields";
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }
}
