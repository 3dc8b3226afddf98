namespace OpinionAct.Media.Content;

/// <summary>A source a fact-check's rating rests on: always a title and an http(s) link readers can follow.</summary>
public sealed record EvidenceEntry(string Title, string Url);
