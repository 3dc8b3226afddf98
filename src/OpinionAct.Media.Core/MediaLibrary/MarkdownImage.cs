namespace OpinionAct.Media.MediaLibrary;

/// <summary>One library image of a Markdown text: the item id and the alt text written in the brackets ("" when empty).</summary>
public readonly record struct MarkdownImage(int Id, string Alt);
