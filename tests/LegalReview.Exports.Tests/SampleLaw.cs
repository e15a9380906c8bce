using LegalReview.Core.Parsing;
using LegalReview.Exports.Proposals;

namespace LegalReview.Exports.Tests;

/// <summary>Real provisions of the sample corpus, worded and cited as a letter quotes them.</summary>
internal static class SampleLaw
{
    private static readonly Lazy<ParsedDocument> LabourCodeDoc = new(() =>
        StructureParser.Parse(File.ReadAllText(RepoPaths.Sample("laws/bo-luat-lao-dong-2019_45-2019-QH14.txt"))));

    public static ParsedDocument LabourCode => LabourCodeDoc.Value;

    /// <summary>The provision with the given stable id (e.g. "chuong-3/dieu-35/khoan-1") and its path from the article.</summary>
    public static (string Wording, string Citation) Provision(ParsedDocument document, string stableIdSuffix)
    {
        var path = new List<ParsedProvision>();
        if (!Find(document.Provisions, stableIdSuffix, path)) throw new InvalidOperationException("No provision " + stableIdSuffix);
        var target = path[^1];
        var wording = ProvisionWording.Compose(target.SelfAndDescendants().Select(Unit));
        var fromArticle = path.SkipWhile(p => p.Kind < Core.Documents.ProvisionKind.Article).Select(Unit).ToList();
        return (wording, ProvisionWording.Cite(fromArticle, ProvisionWording.DocumentName(document.TypeName, document.Title, document.Number)));
    }

    private static ProvisionUnit Unit(ParsedProvision p) => new(p.Kind, p.Label, p.Heading, p.Text);

    private static bool Find(IReadOnlyList<ParsedProvision> nodes, string suffix, List<ParsedProvision> path)
    {
        foreach (var node in nodes)
        {
            path.Add(node);
            if (node.Id.EndsWith(suffix, StringComparison.Ordinal) || Find(node.Children, suffix, path)) return true;
            path.RemoveAt(path.Count - 1);
        }

        return false;
    }
}
