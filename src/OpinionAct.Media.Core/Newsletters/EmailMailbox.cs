namespace OpinionAct.Media.Newsletters;

/// <summary>A display name and an address, as in <c>"Énergies Claires" &lt;news@example.com&gt;</c>.</summary>
public sealed record EmailMailbox(string? Name, string Address);
