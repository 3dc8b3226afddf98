namespace OpinionAct.Media.Content;

/// <summary>One line of a line diff, with its 1-based number in the old and/or new text.</summary>
public sealed record DiffLine(DiffKind Kind, string Text, int? OldNumber, int? NewNumber);
