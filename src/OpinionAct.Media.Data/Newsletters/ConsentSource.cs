namespace OpinionAct.Media.Data.Newsletters;

/// <summary>How a subscription was asked for: part of the proof of consent.</summary>
public enum ConsentSource
{
    /// <summary>The themed signup form on the hub.</summary>
    Form = 0,
    /// <summary><c>POST /api/subscribe</c> from an integrator.</summary>
    Api = 1,
    /// <summary>A CSV import by an editor or operator.</summary>
    Import = 2,
    /// <summary>The reader's own preferences page (reached through a signed link).</summary>
    Preferences = 3,
    /// <summary>A re-permission campaign asked a long-time subscriber to confirm again ("still interested?").</summary>
    Repermission = 4,
}
