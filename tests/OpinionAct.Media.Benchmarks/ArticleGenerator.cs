using System.Text;
using OpinionAct.Media.Search;

namespace OpinionAct.Media.Benchmarks;

/// <summary>Deterministic synthetic articles: 60 % French, 40 % English, 300–800 words, 1–3 topics, 1–2 experts, 95 % published.</summary>
internal sealed class ArticleGenerator
{
    public static readonly SearchTerm[] Topics =
    [
        .. new[]
        {
            "Rénovation", "Transition énergétique", "Électricité", "Réseaux", "Hydrogène", "Éolien", "Solaire",
            "Nucléaire", "Chaleur renouvelable", "Biomasse", "Mobilité électrique", "Sobriété", "Précarité énergétique",
            "Marchés de l'énergie", "Climat", "Adaptation", "Industrie", "Agriculture", "Stockage", "Gaz",
            "Politique publique", "Fiscalité", "Emploi", "Innovation", "Territoires", "Europe", "Biodiversité",
            "Bâtiment", "Numérique", "Finance verte",
        }.Select(name => new SearchTerm(Slug(name), name)),
    ];

    public static readonly SearchTerm[] Experts =
    [
        .. new[] { "Claire", "Paul", "Jane", "Amina", "Lucas", "Sofia", "Hugo", "Emma", "Omar", "Léa" }
            .SelectMany(first => new[] { "Martin", "Durand", "Smith", "Benali", "Moreau", "Nguyen" }.Select(last => first + " " + last))
            .Select(name => new SearchTerm(Slug(name), name)),
    ];

    public static readonly DateTime FirstDate = new(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public const int Years = 6;

    private readonly Random _random;
    private readonly ZipfSampler _french;
    private readonly ZipfSampler _english;
    private readonly ZipfSampler _topics;

    public ArticleGenerator(int seed)
    {
        _random = new Random(seed);
        _french = new ZipfSampler(Vocabulary.FrenchContent, _random);
        _english = new ZipfSampler(Vocabulary.EnglishContent, _random);
        _topics = new ZipfSampler(Topics.Select(t => t.Slug), _random);
    }

    public SearchDocument Next(int id)
    {
        var english = _random.NextDouble() < 0.4;
        var language = english ? "en" : "fr";
        var title = Sentence(english, _random.Next(5, 11), period: false);
        var topics = Enumerable.Range(0, _random.Next(1, 4))
            .Select(_ => _topics.Next(_random))
            .Distinct(StringComparer.Ordinal)
            .Select(slug => Topics.First(t => t.Slug == slug))
            .ToArray();
        var experts = Enumerable.Range(0, _random.Next(1, 3)).Select(_ => Experts[_random.Next(Experts.Length)]).DistinctBy(e => e.Slug).ToArray();
        return new SearchDocument
        {
            Id = id,
            Path = "articles/" + id,
            Language = language,
            Title = title,
            Dek = Sentence(english, _random.Next(12, 26), period: true),
            Body = Body(english, _random.Next(300, 801)),
            PublishedUtc = FirstDate.AddMinutes(_random.Next(0, Years * 365 * 24 * 60)),
            IsPublished = _random.NextDouble() < 0.95,
            Topics = topics,
            Experts = experts,
        };
    }

    private string Body(bool english, int words)
    {
        var body = new StringBuilder(words * 8);
        var sentences = 0;
        while (words > 0)
        {
            var length = Math.Min(words, _random.Next(8, 21));
            body.Append(Sentence(english, length, period: true)).Append(++sentences % 5 == 0 ? "\n\n" : " ");
            words -= length;
        }

        return body.ToString().TrimEnd();
    }

    private string Sentence(bool english, int words, bool period)
    {
        var function = english ? Vocabulary.EnglishFunction : Vocabulary.FrenchFunction;
        var content = english ? _english : _french;
        var sentence = new StringBuilder(words * 8);
        for (var i = 0; i < words; i++)
        {
            var word = _random.NextDouble() < 0.4 ? function[_random.Next(function.Length)] : content.Next(_random);
            if (i == 0)
            {
                sentence.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
            }
            else
            {
                sentence.Append(' ').Append(word);
            }
        }

        return period ? sentence.Append('.').ToString() : sentence.ToString();
    }

    private static string Slug(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
            else if (c is ' ' or '\'' or '-' && folded.Length > 0 && folded[^1] != '-')
            {
                folded.Append('-');
            }
        }

        return folded.ToString();
    }
}
