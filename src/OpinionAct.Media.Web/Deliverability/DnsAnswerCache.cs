using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Deliverability;

namespace OpinionAct.Media.Web.Deliverability;

/// <summary>
/// TXT answers kept in memory for <see cref="DeliverabilityOptions.DnsCacheDuration"/>, by name (DNS is public, so one
/// cache serves every hub). Answers that say nothing (time-out, error) are not kept: "try again" must ask again.
/// </summary>
public sealed class DnsAnswerCache(IDnsTxtLookup lookup, IOptions<DeliverabilityOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (TxtAnswer Answer, DateTimeOffset Until)> _answers = new(StringComparer.OrdinalIgnoreCase);

    public TimeSpan Timeout => lookup.Timeout;

    public TimeSpan Duration => options.Value.DnsCacheDuration;

    /// <summary>The answer for <paramref name="name"/>: kept, unless <paramref name="fresh"/> or it expired, else asked now.</summary>
    public async Task<TxtAnswer> GetAsync(string name, bool fresh, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!fresh && _answers.TryGetValue(name, out var kept) && kept.Until > now)
        {
            return kept.Answer;
        }

        var answer = await lookup.LookupAsync(name, cancellationToken);
        if (answer.Unknown)
        {
            _answers.TryRemove(name, out _);
            return answer;
        }

        foreach (var (stale, entry) in _answers)
        {
            if (entry.Until <= now)
            {
                _answers.TryRemove(stale, out _);
            }
        }

        _answers[name] = (answer, now + Duration);
        return answer;
    }
}
