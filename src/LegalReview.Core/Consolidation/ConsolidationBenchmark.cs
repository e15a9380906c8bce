using LegalReview.Core.Amendments;
using LegalReview.Core.Diffing;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Consolidation;

/// <summary>Times instruction parsing and consolidation of a base law with its amending law(s).</summary>
public sealed class ConsolidationBenchmark
{
    public IReadOnlyList<BenchmarkTiming> Run(string baseText, IReadOnlyList<string> amendingTexts, int runs = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var baseDoc = StructureParser.Parse(baseText);
        IReadOnlyList<AmendmentInstruction> instructions = [];
        var parse = DiffBenchmark.Measure("AmendmentInstructionParser.Parse", runs,
            () => instructions = amendingTexts.SelectMany(t => AmendmentInstructionParser.Parse(t).Instructions).ToList());
        ConsolidationResult? result = null;
        var apply = DiffBenchmark.Measure("Consolidator.Apply", runs, () => result = Consolidator.Apply(baseDoc, instructions));
        return
        [
            parse with { Detail = $"{instructions.Count} instructions" },
            apply with { Detail = $"{result!.AppliedCount} applied, {result.UnresolvedCount} unresolved, {result.AppliedRate:P1}" },
        ];
    }
}
