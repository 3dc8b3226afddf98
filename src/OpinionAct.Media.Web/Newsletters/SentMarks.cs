using System.Threading.Channels;
using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// Group commit of a send pass's "sent" marks. A lane hands over a row the moment the server answered 250 and waits
/// until its mark is committed before it starts its next message, so the rule of the queue is unchanged (at most the
/// one message of each connection is in doubt when the process dies); what changes is that the marks of all lanes
/// arriving while the previous statement runs share the next one (one statement, one commit), instead of one each.
/// </summary>
internal sealed class SentMarks : IAsyncDisposable
{
    /// <summary>Rows per statement at most (the statement lists their ids).</summary>
    private const int MaxBatch = 500;

    private readonly DeliveryStore _queue;
    private readonly Channel<(long Id, TaskCompletionSource<bool> Done)> _marks =
        Channel.CreateUnbounded<(long Id, TaskCompletionSource<bool> Done)>(new UnboundedChannelOptions { SingleReader = true });

    private readonly Task _writer;

    /// <param name="queue">A store of its own (its own DbContext): the lanes keep theirs for retries and failures.</param>
    public SentMarks(DeliveryStore queue)
    {
        _queue = queue;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Statements written so far (for tests: fewer than marks when lanes overlapped).</summary>
    public int Statements { get; private set; }

    /// <summary>Marks a row sent; completes once committed, with false when another worker had already settled it.</summary>
    public Task<bool> MarkAsync(long id)
    {
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_marks.Writer.TryWrite((id, done)))
        {
            done.SetException(new InvalidOperationException("The send pass is over; no more marks are taken."));
        }

        return done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _marks.Writer.TryComplete();
        await _writer;
    }

    private async Task WriteAsync()
    {
        var reader = _marks.Reader;
        var batch = new List<(long Id, TaskCompletionSource<bool> Done)>(MaxBatch);
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryRead(out var mark))
            {
                batch.Add(mark);
            }

            try
            {
                // Never cancelled: the messages went out, their marks must be written.
                var settled = await _queue.MarkSentAsync(batch.ConvertAll(m => m.Id), CancellationToken.None);
                Statements++;
                foreach (var (id, done) in batch)
                {
                    done.SetResult(settled.Contains(id));
                }
            }
            catch (Exception exception)
            {
                // Each lane logs it for its row; the rows stay leased and are mailed again when their lease ends.
                foreach (var (_, done) in batch)
                {
                    done.SetException(exception);
                }
            }
        }
    }
}
