namespace OpinionAct.Media.Web.Content.Api;

/// <summary>
/// An image as the Content API gives it: absolute URLs (library images are signed variants; <see cref="Srcset"/>
/// lists the rendered widths, <see cref="WebpSrcset"/> the WebP ones), pixel size (0 for a plain URL) and texts.
/// </summary>
public sealed record ContentImage(string Url, int Width, int Height, string Alt, string? Srcset, string? WebpSrcset, string? Caption, string? Credit);
