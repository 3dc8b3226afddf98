namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// One account of a hub as the People pages list it: its name (email), its roles in order, since when it exists, and
/// whether it is disabled (it keeps its roles and its history, but cannot sign in).
/// </summary>
public sealed record PersonView(string Id, string Name, IReadOnlyList<string> Roles, DateTime CreatedUtc, bool Disabled = false);
