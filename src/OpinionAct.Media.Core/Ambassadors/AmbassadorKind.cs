namespace OpinionAct.Media.Ambassadors;

/// <summary>Who recommends the hub: one of its experts, a partner (a brand, an association), or a loyal reader.</summary>
public enum AmbassadorKind
{
    Expert = 0,
    Partner = 1,
    Reader = 2,
}
