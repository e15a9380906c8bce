using System.Text.Json.Nodes;

namespace LegalReview.Search.Elasticsearch;

/// <summary>
/// The index definitions of index-mappings/ (embedded at build time): settings with the Vietnamese analyzers and the
/// field mappings. They are the single source of field names for both engines.
/// </summary>
public static class IndexMappings
{
    public static string LegalDocuments { get; } = Read("legal-documents.json");

    public static string LegalProvisions { get; } = Read("legal-provisions.json");

    /// <summary>Property names of an index definition, sub-fields as "title.folded".</summary>
    public static IReadOnlySet<string> FieldNames(string definition)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (name, field) in JsonNode.Parse(definition)!["mappings"]!["properties"]!.AsObject())
        {
            names.Add(name);
            foreach (var (sub, _) in field!["fields"]?.AsObject() ?? [])
            {
                names.Add(name + "." + sub);
            }
        }

        return names;
    }

    private static string Read(string name)
    {
        using var stream = typeof(IndexMappings).Assembly.GetManifestResourceStream("LegalReview.Search.index-mappings." + name)
            ?? throw new InvalidOperationException($"Embedded index mapping {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
