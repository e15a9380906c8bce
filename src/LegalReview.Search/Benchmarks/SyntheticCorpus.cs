using System.Text.RegularExpressions;
using LegalReview.Core.Documents;
using LegalReview.Search.Analysis;

namespace LegalReview.Search.Benchmarks;

/// <summary>Deterministic documents and queries assembled from real sentences of the sample corpus.</summary>
internal sealed partial class SyntheticCorpus(IReadOnlyList<string> sentences, SearchBenchmarkOptions options)
{
    public static readonly string[] Types = ["Law", "Decree", "Circular", "Decision", "Resolution"];
    public static readonly string[] Issuers = ["Quốc hội", "Chính phủ", "Bộ Lao động - Thương binh và Xã hội", "UBND tỉnh Lạng Sơn", "HĐND tỉnh Lạng Sơn"];

    /// <summary>Sentences of 6 to 60 words from the given texts (normalized, de-duplicated, in order).</summary>
    public static IReadOnlyList<string> SentencesOf(IEnumerable<string> texts) =>
        texts.SelectMany(t => SentenceBreak().Split(VietnameseText.Normalize(t)))
            .Select(s => Whitespace().Replace(s, " ").Trim())
            .Where(s => s.Split(' ').Length is >= 6 and <= 60)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    public IEnumerable<IndexedDocument> Documents()
    {
        var random = new Random(options.Seed);
        var documents = (options.Provisions + options.ProvisionsPerDocument - 1) / options.ProvisionsPerDocument;
        for (var d = 0; d < documents; d++)
        {
            var count = Math.Min(options.ProvisionsPerDocument, options.Provisions - (d * options.ProvisionsPerDocument));
            var issued = new DateOnly(1995, 1, 1).AddDays(random.Next(0, 31 * 365));
            DateOnly? expires = random.Next(5) == 0 ? issued.AddDays(random.Next(400, 4000)) : null;
            var provisions = new IndexedProvision[count];
            for (var p = 0; p < count; p++)
            {
                var text = string.Join(' ', Enumerable.Range(0, random.Next(2, 7)).Select(_ => Sentence(random)));
                var heading = string.Join(' ', Sentence(random).Split(' ').Take(random.Next(4, 10)));
                provisions[p] = new IndexedProvision($"dieu-{p + 1}", ProvisionKind.Article, (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), heading, text, p);
            }

            var type = Types[random.Next(Types.Length)];
            yield return new IndexedDocument(
                d + 1, "bench", $"{d + 1}/{issued.Year}/BENCH", type, type, Issuers[random.Next(Issuers.Length)],
                "Văn bản " + string.Join(' ', Sentence(random).Split(' ').Take(8)), issued, issued.AddDays(random.Next(0, 365)), expires,
                expires is null ? "InForce" : "Expired", [], provisions);
        }
    }

    /// <summary>A fixed mix: two-word terms, three-word phrases, filtered terms and "in force on" terms.</summary>
    public IReadOnlyList<(string Kind, SearchQuery Query)> Queries()
    {
        var random = new Random(options.Seed + 1);
        var queries = new List<(string, SearchQuery)>();
        for (var i = 0; i < options.QueriesPerKind; i++)
        {
            queries.Add(("term", new SearchQuery(Words(random, 2, quoted: false), PageSize: 20)));
            queries.Add(("phrase", new SearchQuery(Words(random, 3, quoted: true), PageSize: 20)));
            queries.Add(("filtered", new SearchQuery(Words(random, 2, quoted: false), Type: Types[random.Next(Types.Length)], PageSize: 20)));
            queries.Add(("as-of", new SearchQuery(Words(random, 2, quoted: false), AsOf: new DateOnly(2015 + random.Next(10), 1, 1), PageSize: 20)));
        }

        return queries;
    }

    private string Sentence(Random random) => sentences[random.Next(sentences.Count)];

    private string Words(Random random, int count, bool quoted)
    {
        var words = Sentence(random).Split(' ').Select(w => w.Trim(',', '.', ';', ':', '(', ')', '"', '“', '”')).Where(w => w.Length > 1 && w.All(char.IsLetter)).ToArray();
        var start = random.Next(Math.Max(1, words.Length - count));
        var picked = string.Join(' ', words.Skip(start).Take(count));
        return quoted ? $"\"{picked}\"" : picked;
    }

    [GeneratedRegex(@"(?<=[.;:])\s+|\n+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
