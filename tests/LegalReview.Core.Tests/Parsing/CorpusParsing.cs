using LegalReview.Core.Documents;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Tests.Parsing;

/// <summary>Shared, parsed-once sample documents for the parser tests.</summary>
internal static class CorpusParsing
{
    private static readonly Dictionary<string, ParsedDocument> Cache = [];

    public static ParsedDocument Sample(string relativePath)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(relativePath, out var parsed))
            {
                parsed = StructureParser.Parse(File.ReadAllText(RepoPaths.Samples(relativePath)));
                Cache[relativePath] = parsed;
            }

            return parsed;
        }
    }

    public static int Count(this ParsedDocument d, ProvisionKind kind) => d.AllProvisions().Count(p => p.Kind == kind);

    public static ParsedProvision Article(this ParsedDocument d, string label) => d.Articles().Single(a => a.Label == label);
}
