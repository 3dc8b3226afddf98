namespace OpinionAct.Media;

/// <summary>One way to fit text into a column of bounded length (consent text, SMTP replies, event paths).</summary>
public static class TextLimit
{
    /// <summary>The first <paramref name="max"/> characters of <paramref name="value"/>, or all of it when it fits.</summary>
    public static string Cut(string value, int max)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= max ? value : value[..max];
    }
}
