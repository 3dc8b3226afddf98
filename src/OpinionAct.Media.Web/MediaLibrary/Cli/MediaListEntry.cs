namespace OpinionAct.Media.Web.MediaLibrary.Cli;

/// <summary>One item of <c>media list --json</c>: what it is, what it says, and where the public reaches it.</summary>
internal sealed record MediaListEntry(
    int Id,
    string FileName,
    string? LibraryPath,
    string Format,
    int Width,
    int Height,
    long Bytes,
    string? AltText,
    bool Decorative,
    string? Caption,
    string? Credit,
    string? Licence,
    string MasterUrl,
    IReadOnlyList<MediaListVariant> Variants);
