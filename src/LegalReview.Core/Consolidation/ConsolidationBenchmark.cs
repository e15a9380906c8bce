using LegalReview.Core.Amendments;
using LegalReview.Core.Diffing;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Consolidation;

/// <summary>Times instruction parsing and consolidation of a base law with its amending law(s).</summary>
public sealed class ConsolidationBenchmark
{
    public IReadOnlyList<BenchmarkTiming> Run(string baseText, IReadOnlyList<string> amendingTexts, int runs, TimeSpan warmUp)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var baseDoc = StructureParser.Parse(baseText);
        IReadOnlyList<AmendmentInstruction> instructions = [];
        var parse = BenchmarkClock.Measure("AmendmentInstructionParser.Parse", runs, warmUp,
            () => instructions = amendingTexts.SelectMany(t => AmendmentInstructionParser.Parse(t).Instructions).ToList());
        ConsolidationResult? result = null;
        var apply = BenchmarkClock.Measure("Consolidator.Apply", runs, warmUp, () => result = Consolidator.Apply(baseDoc, instructions));
        return
        [
            parse with { Detail = $"{instructions.Count} instructions" },
            apply with { Detail = $"{result!.AppliedCount} applied, {result.UnresolvedCount} unresolved, {result.AppliedRate:P1}" },
        ];
    }
}
