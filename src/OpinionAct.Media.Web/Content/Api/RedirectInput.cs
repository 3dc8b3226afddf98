namespace OpinionAct.Media.Web.Content.Api;

/// <summary>A permanent redirect: an old site path and where it now leads (a path or an http(s) URL).</summary>
public sealed record RedirectInput(string? From, string? To);
