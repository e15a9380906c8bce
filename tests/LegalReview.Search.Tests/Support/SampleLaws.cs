using LegalReview.Core.Importing;
using LegalReview.Core.Parsing;
using VietnameseText = LegalReview.Search.Analysis.VietnameseText;
using LegalReview.Search.Indexing;

namespace LegalReview.Search.Tests.Support;

/// <summary>The six sample laws of samples/laws with their metadata (from the texts and public records).</summary>
public static class SampleLaws
{
    public sealed record Law(string File, string Number, string Type, string TypeName, string Title, DateOnly Issued, DateOnly Effective, DateOnly? Expires, string Validity, string[] Topics);

    public static IReadOnlyList<Law> All { get; } =
    [
        new("bo-luat-lao-dong-2019_45-2019-QH14.txt", "45/2019/QH14", "Code", "Bộ luật", "Bộ luật Lao động", new(2019, 11, 20), new(2021, 1, 1), null, "InForce", ["Lao động"]),
        new("luat-bao-hiem-xa-hoi-2014_58-2014-QH13.txt", "58/2014/QH13", "Law", "Luật", "Luật Bảo hiểm xã hội", new(2014, 11, 20), new(2016, 1, 1), new(2025, 7, 1), "Expired", ["Bảo hiểm", "Lao động"]),
        new("luat-cong-doan-2012_12-2012-QH13.txt", "12/2012/QH13", "Law", "Luật", "Luật Công đoàn", new(2012, 6, 20), new(2013, 1, 1), null, "InForce", ["Lao động", "Công đoàn"]),
        new("luat-viec-lam-2013_38-2013-QH13.txt", "38/2013/QH13", "Law", "Luật", "Luật Việc làm", new(2013, 11, 16), new(2015, 1, 1), new(2026, 1, 1), "Expired", ["Việc làm", "Bảo hiểm"]),
        new("luat-nguoi-lao-dong-vn-di-lam-viec-o-nuoc-ngoai-2020_69-2020-QH14.txt", "69/2020/QH14", "Law", "Luật", "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng", new(2020, 11, 13), new(2022, 1, 1), null, "InForce", ["Lao động", "Việc làm"]),
        new("luat-an-toan-ve-sinh-lao-dong-2015_84-2015-QH13.txt", "84/2015/QH13", "Law", "Luật", "Luật An toàn, vệ sinh lao động", new(2015, 6, 25), new(2016, 7, 1), null, "InForce", ["Lao động", "An toàn lao động"]),
    ];

    public static string Text(Law law) => VietnameseText.Normalize(File.ReadAllText(RepoPaths.Combine("samples", "laws", law.File)));

    /// <summary>
    /// The sample law as the importer reads it: the original .docx through the text extractor (which restores Word's
    /// automatic "Điều N." numbering of the ATVSLĐ law) and the real structure parser.
    /// </summary>
    public static ParsedDocument Parse(Law law)
    {
        var docx = RepoPaths.Combine("samples", "laws", "docx", Path.ChangeExtension(law.File, ".docx"));
        return StructureParser.Parse(DocumentTextExtractor.Extract(Path.GetFileName(docx), File.ReadAllBytes(docx)).Paragraphs);
    }

    /// <summary>Number, type, title and dates as the parser reads them; expiry, validity and topics from the table.</summary>
    public static IndexedDocument ToIndexed(Law law, long id)
    {
        var parsed = Parse(law);
        var provisions = IndexedProvisionBuilder.FromParsed(parsed.Provisions);
        return new IndexedDocument(
            id, "v1", parsed.Number, parsed.Type.ToString(), parsed.TypeName, parsed.Issuer, parsed.Title,
            parsed.IssuedOn, parsed.EffectiveOn, law.Expires, law.Validity, law.Topics, provisions);
    }

    public static IReadOnlyList<IndexedDocument> AllIndexed() => All.Select((law, i) => ToIndexed(law, i + 1)).ToArray();
}
