using System.Reflection;
using System.Text.Json.Nodes;
using LegalReview.Search.Elasticsearch;
using LegalReview.Search.Lucene;
using LegalReview.Search.Tests.Support;

namespace LegalReview.Search.Tests.Lucene;

public sealed class FieldNamesMatchMappingsTests
{
    private static HashSet<string> MappingFields(string file)
    {
        var json = JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("index-mappings", file)))!;
        var names = new HashSet<string>();
        foreach (var (name, definition) in json["mappings"]!["properties"]!.AsObject())
        {
            names.Add(name);
            foreach (var (sub, _) in definition!["fields"]?.AsObject() ?? [])
            {
                names.Add(name + "." + sub);
            }
        }

        return names;
    }

    [Fact]
    public void Map_LabourCode_WritesExactlyTheProvisionMappingFields()
    {
        var doc = SampleLaws.ToIndexed(SampleLaws.All[0], 1);

        var luceneFields = LuceneDocumentMapper.Map(doc).SelectMany(d => d.Fields).Select(f => f.Name).ToHashSet();

        luceneFields.Order().ShouldBe(MappingFields("legal-provisions.json").Order());
    }

    [Fact]
    public void SearchFields_Constants_AreExactlyTheProvisionMappingFields()
    {
        var constants = typeof(SearchFields).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != nameof(SearchFields.DocumentKind))
            .Select(f => (string)f.GetRawConstantValue()!);

        constants.Order().ShouldBe(MappingFields("legal-provisions.json").Order());
    }

    [Fact]
    public void DocumentsMapping_Fields_AreASubsetOfProvisionFields() =>
        MappingFields("legal-documents.json").IsSubsetOf(MappingFields("legal-provisions.json")).ShouldBeTrue();

    [Fact]
    public void Bulk_SocialInsuranceLaw_UsesExactlyTheMappedFieldsPerIndex()
    {
        var lines = ElasticsearchDocumentMapper.Bulk([SampleLaws.ToIndexed(SampleLaws.All[1], 2)], new ElasticsearchOptions()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var byIndex = lines.Chunk(2).GroupBy(pair => (string)JsonNode.Parse(pair[0])!["index"]!["_index"]!, pair => JsonNode.Parse(pair[1])!.AsObject().Select(p => p.Key));

        byIndex.Single(g => g.Key == "legal-documents").SelectMany(k => k).ToHashSet().ShouldBe(TopLevel("legal-documents.json"), ignoreOrder: true);
        byIndex.Single(g => g.Key == "legal-provisions").SelectMany(k => k).ToHashSet().ShouldBe(TopLevel("legal-provisions.json"), ignoreOrder: true);
    }

    [Fact]
    public void FieldNames_EmbeddedMappings_EqualRepositoryFiles() =>
        IndexMappings.FieldNames(IndexMappings.LegalProvisions).ShouldBe(MappingFields("legal-provisions.json").Order());

    // Fields filled by Elasticsearch itself (copy_to targets) are not sent in the bulk body.
    private static HashSet<string> TopLevel(string file)
    {
        var properties = JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("index-mappings", file)))!["mappings"]!["properties"]!.AsObject();
        var copied = properties.Select(p => p.Value?["copy_to"]).Where(t => t is not null)
            .SelectMany(t => t is JsonArray targets ? targets.Select(x => (string)x!) : [(string)t!]).ToHashSet();
        return MappingFields(file).Where(f => !f.Contains('.') && !copied.Contains(f)).ToHashSet();
    }
}
