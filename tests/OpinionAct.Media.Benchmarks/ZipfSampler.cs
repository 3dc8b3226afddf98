namespace OpinionAct.Media.Benchmarks;

/// <summary>Picks words with a Zipf distribution (weight 1/rank) over a deterministically shuffled list.</summary>
internal sealed class ZipfSampler
{
    private readonly string[] _words;
    private readonly double[] _cumulative;

    public ZipfSampler(IEnumerable<string> words, Random random)
    {
        _words = words.ToArray();
        random.Shuffle(_words);
        _cumulative = new double[_words.Length];
        var total = 0d;
        for (var rank = 0; rank < _words.Length; rank++)
        {
            total += 1d / (rank + 1);
            _cumulative[rank] = total;
        }
    }

    public string Next(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return _words[index < 0 ? Math.Min(~index, _words.Length - 1) : index];
    }
}
