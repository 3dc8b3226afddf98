namespace OpinionAct.Media.Web.MediaLibrary.Rendering;

/// <summary>Where a body with library images is read, which decides how each image is written.</summary>
public enum MediaHtmlTarget
{
    /// <summary>A page: <c>&lt;picture&gt;</c> with WebP and srcset; an image alone in its paragraph becomes a figure.</summary>
    Page = 0,

    /// <summary>An email: the 1200 px JPEG or PNG, absolute, shown 600 px wide.</summary>
    Email = 2,
}
