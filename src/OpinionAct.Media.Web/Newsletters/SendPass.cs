using System.Collections.Concurrent;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>State of one pass, shared by the producer and the lanes.</summary>
internal sealed class SendPass(IssueMessageTemplate template, string owner)
{
    public int Sent;
    public int Retried;
    public int Failed;
    public int Skipped;

    public IssueMessageTemplate Template { get; } = template;

    public string Owner { get; } = owner;

    public ConcurrentBag<long> Unstarted { get; } = [];

    public SendPassResult Result() => new(Volatile.Read(ref Sent), Volatile.Read(ref Retried), Volatile.Read(ref Failed), Volatile.Read(ref Skipped));
}
