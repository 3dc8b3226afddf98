namespace OpinionAct.Media.Web.Content.Api;

/// <summary>What the admin and the CLI show of the Content API key: the key itself and whether readers must send it.</summary>
public sealed record ContentKeyView(string Key, bool Required, DateTime CreatedUtc);
