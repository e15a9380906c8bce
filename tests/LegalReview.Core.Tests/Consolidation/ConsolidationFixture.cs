using LegalReview.Core.Amendments;
using LegalReview.Core.Consolidation;
using LegalReview.Core.Parsing;
using LegalReview.Core.Tests.Amendments;

namespace LegalReview.Core.Tests.Consolidation;

/// <summary>Consolidates each real set once (parsing the large Bộ luật Hình sự is not free).</summary>
internal static class ConsolidationFixture
{
    private static readonly Dictionary<string, Lazy<ConsolidationResult>> Results = new()
    {
        ["bhyt"] = new(() => Run(AmendmentSets.Bhyt, "base.txt", "amending.txt")),
        ["dienluc"] = new(() => Run(AmendmentSets.DienLuc, "base.txt", "amending.txt")),
        ["tncn"] = new(() => Run(AmendmentSets.Tncn, "base.txt", "amending.txt", "amending2_71-2014-QH13.txt")),
        ["canbo"] = new(() => Run(AmendmentSets.CanBo, "base_22-2008-QH12.txt", "amending.txt")),
        ["vienchuc"] = new(() => Run(AmendmentSets.CanBo, "base_58-2010-QH12.txt", "amending.txt")),
        ["blhs"] = new(() => Run(AmendmentSets.Blhs, "base.txt", "amending.txt")),
    };

    public static ConsolidationResult Get(string key) => Results[key].Value;

    /// <summary>The parsed base law of a set key ("blhs", "vienchuc", …).</summary>
    public static ParsedDocument BaseOf(string key) => key switch
    {
        "bhyt" => Base(AmendmentSets.Bhyt, "base.txt"),
        "dienluc" => Base(AmendmentSets.DienLuc, "base.txt"),
        "tncn" => Base(AmendmentSets.Tncn, "base.txt"),
        "canbo" => Base(AmendmentSets.CanBo, "base_22-2008-QH12.txt"),
        "vienchuc" => Base(AmendmentSets.CanBo, "base_58-2010-QH12.txt"),
        "blhs" => Base(AmendmentSets.Blhs, "base.txt"),
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };

    public static ParsedDocument Base(string set, string file) => StructureParser.Parse(AmendmentSets.Read(set, file));

    private static ConsolidationResult Run(string set, string baseFile, params string[] amending)
    {
        var instructions = amending.SelectMany(f => AmendmentInstructionParser.Parse(AmendmentSets.Read(set, f)).Instructions).ToList();
        return Consolidator.Apply(Base(set, baseFile), instructions);
    }

    /// <summary>The unit whose id ends with the article-relative path ("dieu-2/khoan-7"), chapter prefixes ignored.</summary>
    public static ParsedProvision Unit(ParsedDocument doc, string path) =>
        doc.AllProvisions().Single(p => p.Id == path || p.Id.EndsWith("/" + path, StringComparison.Ordinal));
}
