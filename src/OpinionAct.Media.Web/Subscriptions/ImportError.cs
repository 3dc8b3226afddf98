namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>A broken row of an import file: its line number (the header is line 1) and what is wrong.</summary>
public sealed record ImportError(int Line, string Message);
