using System.Collections.Concurrent;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>State of one pass, shared by the producer and the lanes.</summary>
internal sealed class SendPass(IssueMessageTemplate template, string owner, SentMarks marks)
{
    public int Sent;
    public int Retried;
    public int Failed;
    public int Skipped;

    public IssueMessageTemplate Template { get; } = template;

    public string Owner { get; } = owner;

    /// <summary>Where the lanes record their 250s (group commit).</summary>
    public SentMarks Marks { get; } = marks;

    public ConcurrentBag<long> Unstarted { get; } = [];

    public SendPassResult Result() => new(Volatile.Read(ref Sent), Volatile.Read(ref Retried), Volatile.Read(ref Failed), Volatile.Read(ref Skipped));
}
