using System.Collections.Frozen;
using System.Text.Json;

namespace LegalReview.Search.Analysis;

/// <summary>
/// Everyday phrasing → legal terms ("phép năm" → "nghỉ hằng năm", "tăng ca" → "làm thêm giờ"), loaded from the
/// embedded data file colloquial.json. Keys are one or more words, compared without diacritics and case.
/// </summary>
public sealed class ColloquialSynonyms
{
    private readonly FrozenDictionary<string, IReadOnlyList<string>> _map;

    /// <param name="map">Key phrase → legal terms.</param>
    public ColloquialSynonyms(IReadOnlyDictionary<string, IReadOnlyList<string>> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        _map = map.ToFrozenDictionary(kv => Key(kv.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries)), kv => kv.Value);
        MaxWords = map.Keys.Select(k => k.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>The list shipped with the application.</summary>
    public static ColloquialSynonyms Default { get; } = LoadEmbedded();

    /// <summary>Most words in one key.</summary>
    public int MaxWords { get; }

    public IReadOnlyCollection<string> Keys => _map.Keys;

    /// <summary>
    /// The longest key made of <paramref name="words"/>[<paramref name="start"/>..]: its word count and legal terms,
    /// or (0, []) when none starts there.
    /// </summary>
    public (int Length, IReadOnlyList<string> Terms) Match(IReadOnlyList<string> words, int start)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var length = Math.Min(MaxWords, words.Count - start); length >= 1; length--)
        {
            if (_map.TryGetValue(Key(words.Skip(start).Take(length)), out var terms))
            {
                return (length, terms);
            }
        }

        return (0, []);
    }

    private static string Key(IEnumerable<string> words) =>
        string.Join(' ', words.Select(w => VietnameseText.Fold(w.Trim(',', '.', ';', ':'))));

    private static ColloquialSynonyms LoadEmbedded()
    {
        using var stream = typeof(ColloquialSynonyms).Assembly.GetManifestResourceStream("LegalReview.Search.Analysis.colloquial.json")
            ?? throw new InvalidOperationException("Embedded resource colloquial.json is missing.");
        using var json = JsonDocument.Parse(stream);
        var map = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var property in json.RootElement.EnumerateObject().Where(p => !p.Name.StartsWith('_')))
        {
            map[VietnameseText.Normalize(property.Name)] =
                property.Value.EnumerateArray().Select(e => VietnameseText.Normalize(e.GetString())).ToArray();
        }

        return new ColloquialSynonyms(map);
    }
}
