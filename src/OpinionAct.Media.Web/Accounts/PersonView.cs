namespace OpinionAct.Media.Web.Accounts;

/// <summary>One account of a hub as the People page lists it: its name (email), its roles in order, and since when it exists.</summary>
public sealed record PersonView(string Id, string Name, IReadOnlyList<string> Roles, DateTime CreatedUtc);
