using Lucene.Net.Search;

namespace OpinionAct.Media.Search;

/// <summary>Everything one search runs with: the parsed text, its typo corrections, the filtered Lucene query and the sort.</summary>
internal sealed record SearchPlan(ParsedQuery Parsed, IReadOnlyList<ResolvedWord> Words, Query Query, Sort Sort);
