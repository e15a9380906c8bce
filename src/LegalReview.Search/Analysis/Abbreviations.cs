using System.Collections.Frozen;
using System.Text.Json;

namespace LegalReview.Search.Analysis;

/// <summary>
/// Abbreviation → expansions, loaded from the embedded data file abbreviations.json. Lookup ignores case and
/// diacritics ("bhxh", "BLLD" and "BLLĐ" all match).
/// </summary>
public sealed class Abbreviations
{
    private readonly FrozenDictionary<string, IReadOnlyList<string>> _map;

    public Abbreviations(IReadOnlyDictionary<string, IReadOnlyList<string>> map) =>
        _map = map.ToFrozenDictionary(kv => VietnameseText.Fold(kv.Key), kv => kv.Value);

    /// <summary>The list shipped with the application.</summary>
    public static Abbreviations Default { get; } = LoadEmbedded();

    public IReadOnlyCollection<string> Keys => _map.Keys;

    public IReadOnlyList<string> Expand(string word) =>
        _map.TryGetValue(VietnameseText.Fold(word), out var expansions) ? expansions : [];

    private static Abbreviations LoadEmbedded()
    {
        using var stream = typeof(Abbreviations).Assembly.GetManifestResourceStream("LegalReview.Search.Analysis.abbreviations.json")
            ?? throw new InvalidOperationException("Embedded resource abbreviations.json is missing.");
        using var json = JsonDocument.Parse(stream);
        var map = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var property in json.RootElement.EnumerateObject())
        {
            if (property.Name.StartsWith('_'))
            {
                continue;
            }

            map[property.Name] = property.Value.EnumerateArray().Select(e => VietnameseText.Normalize(e.GetString())).ToArray();
        }

        return new Abbreviations(map);
    }
}
