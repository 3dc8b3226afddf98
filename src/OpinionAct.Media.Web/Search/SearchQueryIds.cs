using System.Security.Cryptography;

namespace OpinionAct.Media.Web.Search;

/// <summary>
/// Chooses a logged query's id on the node, before the row is written, so the answer can carry it (for click
/// reporting) without waiting for the database. 53 bits, so a browser's JavaScript reads it exactly; high to
/// low: hundredths of a second since 2026 (37 bits, 43 years), a sequence within that slot (6 bits: 6,400 a
/// second before a busy node borrows the next slots) and a random node tag drawn at start (10 bits). Ids grow
/// on each node, are far above the small ids the database gave before, and two nodes collide only if they
/// drew the same tag and used the same slot and sequence; the writer then drops the one row it cannot store.
/// </summary>
public sealed class SearchQueryIds(TimeProvider clock)
{
    private const int NodeBits = 10;
    private const int SequenceBits = 6;
    private const long Step = 1L << NodeBits;
    private const long TicksPerSlot = TimeSpan.TicksPerMillisecond * 10;

    /// <summary>The largest integer JavaScript represents exactly (2^53 - 1).</summary>
    internal const long MaxSafeInteger = (1L << 53) - 1;

    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly long _node = RandomNumberGenerator.GetInt32(1 << NodeBits);
    private long _last;

    public long Next()
    {
        var slots = Math.Max(0, (clock.GetUtcNow() - Epoch).Ticks / TicksPerSlot);
        var candidate = (slots << (SequenceBits + NodeBits)) | _node;
        while (true)
        {
            var last = Volatile.Read(ref _last);
            var next = last == 0 || candidate > last ? candidate : last + Step;
            if (Interlocked.CompareExchange(ref _last, next, last) == last)
            {
                return next;
            }
        }
    }
}
