namespace OpinionAct.Media.Web.Newsletters;

/// <summary>What one pass over an issue's queue settled.</summary>
public sealed record SendPassResult(int Sent, int Retried, int Failed, int Skipped)
{
    public static SendPassResult None { get; } = new(0, 0, 0, 0);
}
