namespace OpinionAct.Media.Content;

/// <summary>What happened to one line between two texts.</summary>
public enum DiffKind
{
    Unchanged = 0,
    Removed = 1,
    Added = 2,
}
