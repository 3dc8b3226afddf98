namespace OpinionAct.Media.Web.MediaLibrary;

/// <summary>What importing a file at a library path did, so re-running a recipe or <c>media import</c> never duplicates.</summary>
public enum MediaImportOutcome
{
    /// <summary>No item had this path: one was added.</summary>
    Added,

    /// <summary>The item at this path had other bytes: its file was replaced (same id, same usages).</summary>
    Replaced,

    /// <summary>The item at this path already had these bytes: its file was kept.</summary>
    Unchanged,
}
