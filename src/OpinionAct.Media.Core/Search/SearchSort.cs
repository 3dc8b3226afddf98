namespace OpinionAct.Media.Search;

public enum SearchSort
{
    Relevance = 0,
    Date = 1,
}
