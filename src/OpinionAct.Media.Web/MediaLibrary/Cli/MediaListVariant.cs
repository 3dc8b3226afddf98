namespace OpinionAct.Media.Web.MediaLibrary.Cli;

/// <summary>A pre-rendered variant of <c>media list --json</c>: its spec (<c>w960.webp</c>) and signed absolute URL.</summary>
internal sealed record MediaListVariant(string Spec, string Url);
