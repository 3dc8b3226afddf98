namespace OpinionAct.Media.MediaLibrary;

/// <summary>The image formats the library accepts. Anything else (SVG above all) is refused at upload.</summary>
public enum MediaFormat
{
    Jpeg = 1,
    Png = 2,
    Gif = 3,
    Webp = 4,
}
