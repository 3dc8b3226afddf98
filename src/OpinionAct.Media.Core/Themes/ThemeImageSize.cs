namespace OpinionAct.Media.Themes;

/// <summary>One entry of a theme's <c>imageSizes</c> (as Ghost's <c>image_sizes</c>): a width the theme shows images at.</summary>
public sealed record ThemeImageSize(int Width);
