namespace OpinionAct.Media.Csv;

/// <summary>One definition of a CSV cell (RFC 4180 quoting) for every export: subscribers, insights.</summary>
public static class CsvCell
{
    /// <summary>A value as written: quoted when it holds a comma, a quote or a line break.</summary>
    public static string Quote(string? value)
    {
        value ??= string.Empty;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>
    /// Free text from people (names, queries, titles), quoted and defused: a leading <c>= + - @</c>, tab or CR
    /// gets an apostrophe, because a spreadsheet would run the cell as a formula.
    /// </summary>
    public static string Text(string? value) =>
        Quote(value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value);
}
