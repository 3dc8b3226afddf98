using System.Text;

namespace OpinionAct.Media.Themes;

/// <summary>
/// The builders templates render into, kept between renders. A page renders twice (its template, then the layout around
/// it), each time into about 20,000 characters: a new builder per render allocated and grew some 100 KB per page, which
/// the garbage collector then cleared. A kept builder holds one block as large as the largest page it rendered. Slots
/// are taken and put back with atomic exchanges, so renders never wait on a lock; a render that finds none free makes
/// its own, and builders grown past <see cref="MaxKeptCharacters"/> (a runaway template) are not kept.
/// </summary>
internal static class RenderBuffers
{
    /// <summary>Several times the largest page of ours; a builder grown past it is dropped rather than held.</summary>
    public const int MaxKeptCharacters = 256 * 1024;

    private const int InitialCharacters = 16 * 1024;

    private static readonly StringBuilder?[] Idle = new StringBuilder?[Math.Max(4, Environment.ProcessorCount * 2)];

    public static StringBuilder Rent()
    {
        for (var slot = 0; slot < Idle.Length; slot++)
        {
            if (Volatile.Read(ref Idle[slot]) is not null && Interlocked.Exchange(ref Idle[slot], null) is { } idle)
            {
                return idle;
            }
        }

        return new StringBuilder(InitialCharacters);
    }

    /// <summary>Gives a builder back once its text has been copied out; it must not be used after this.</summary>
    public static void Return(StringBuilder builder)
    {
        if (builder.Capacity > MaxKeptCharacters)
        {
            return;
        }

        builder.Clear();
        for (var slot = 0; slot < Idle.Length; slot++)
        {
            if (Interlocked.CompareExchange(ref Idle[slot], builder, null) is null)
            {
                return;
            }
        }
    }
}
