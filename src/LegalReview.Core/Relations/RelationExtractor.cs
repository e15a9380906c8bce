using System.Text.RegularExpressions;
using LegalReview.Core.Amendments;
using LegalReview.Core.Documents;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Relations;

/// <summary>
/// Reads the relations a document states about other documents: its "Căn cứ" lines (BasedOn), the laws an amending
/// law amends (Amends), the laws its final provisions end ("… số X hết hiệu lực kể từ …": Replaces, RepealsWhole or
/// RepealsPart) and the articles of other laws its provisions cite (Cites, provision-level). Targets are returned as
/// written; resolving them to stored documents is the caller's job.
/// </summary>
public static partial class RelationExtractor
{
    private const string DocNames = "Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư liên tịch|Thông tư|Quyết định|Chỉ thị";
    private const string Num = @"[0-9]+/[0-9]{4}/[\p{L}0-9\-–]*[\p{L}0-9]";

    [GeneratedRegex(@"(?<name>(?:" + DocNames + @")[^;:""“”]*?)\s+số\s+(?<n>" + Num + ")")]
    private static partial Regex NamedNumberRegex();

    [GeneratedRegex(@"hết hiệu lực(?: thi hành)? kể từ", RegexOptions.IgnoreCase)]
    private static partial Regex EndsRegex();

    [GeneratedRegex(@"(?<!\p{L})(?:quy định|Điều|điều|Chương|chương|khoản|điểm|Mục|mục)(?!\p{L})")]
    private static partial Regex PartMarkerRegex();

    [GeneratedRegex(@"(?<!\p{L})Điều\s+(?<art>[0-9]+[a-zđ]?)(?<rest>(?:\s+(?:của|tại))?\s+(?<name>(?:" + DocNames + @")[^.;:""“”]{0,150}?))\s+số\s+(?<n>" + Num + ")")]
    private static partial Regex CitedArticleRegex();

    [GeneratedRegex(@"sửa đổi|bổ sung", RegexOptions.IgnoreCase)]
    private static partial Regex AmendingTitleRegex();

    /// <summary>Relations stated by <paramref name="document"/>, de-duplicated, origin <see cref="RelationOrigin.Parsed"/>.</summary>
    public static IReadOnlyList<DocumentRelation> Extract(ParsedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var own = DocumentNumber.Normalize(document.Number);
        var result = new List<DocumentRelation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(RelationType type, string number, string title, string? sourceProvision = null, string? targetProvision = null)
        {
            var normalized = DocumentNumber.Normalize(number);
            if (normalized == own) return;
            if (!seen.Add($"{type}|{normalized}|{sourceProvision}|{targetProvision}")) return;
            result.Add(new DocumentRelation
            {
                TargetNumber = number,
                TargetNormalizedNumber = normalized,
                TargetTitle = title.Trim(),
                Type = type,
                SourceProvisionId = sourceProvision,
                TargetProvisionId = targetProvision,
                Origin = RelationOrigin.Parsed,
            });
        }

        foreach (var basis in document.Bases)
        {
            if (basis.Number is not null) Add(RelationType.BasedOn, basis.Number, TitleBefore(basis.Text, basis.Number));
        }

        if (AmendingTitleRegex().IsMatch(document.Title))
        {
            foreach (var number in AmendmentInstructionParser.Parse(document.Text).AmendedDocuments)
                Add(RelationType.Amends, number, TitleBefore(document.Text, number));
        }

        // The parser's title usually starts with the type ("Luật bảo hiểm xã hội"); some titles are the bare name.
        var ownName = (document.Title.StartsWith(document.TypeName, StringComparison.OrdinalIgnoreCase)
            ? document.Title : document.TypeName + " " + document.Title).Trim().ToLowerInvariant();
        foreach (var provision in document.AllProvisions())
        {
            foreach (var line in provision.Text.Split('\n'))
            {
                var ends = EndsRegex().Match(line);
                if (ends.Success) AddEnded(line[..ends.Index], provision.Id, ownName, Add);
                foreach (Match m in CitedArticleRegex().Matches(line))
                {
                    if (m.Groups["name"].Value.Contains(" này", StringComparison.Ordinal)) continue;
                    Add(RelationType.Cites, m.Groups["n"].Value, m.Groups["name"].Value, provision.Id, "dieu-" + m.Groups["art"].Value.ToLowerInvariant());
                }
            }
        }
        return result;
    }

    /// <summary>
    /// "A số X; các quy định … của B số Y hết hiệu lực": the first number of each ';' segment is ended — wholly
    /// (replaced when it bears this document's own name) or in part when the segment names provisions.
    /// </summary>
    private static void AddEnded(string clause, string provisionId, string ownName, Action<RelationType, string, string, string?, string?> add)
    {
        foreach (var segment in clause.Split(';'))
        {
            var m = NamedNumberRegex().Match(segment);
            if (!m.Success) continue;
            var name = m.Groups["name"].Value.Trim();
            var type = PartMarkerRegex().IsMatch(segment[..m.Index]) ? RelationType.RepealsPart
                : SameName(name, ownName) ? RelationType.Replaces
                : RelationType.RepealsWhole;
            add(type, m.Groups["n"].Value, name, provisionId, null);
        }
    }

    /// <summary>"Luật bảo hiểm xã hội" vs this document "Luật BẢO HIỂM XÃ HỘI": same name, so the new law replaces the old.</summary>
    private static bool SameName(string name, string ownName)
    {
        var n = Regex.Replace(name.ToLowerInvariant(), @"\s+", " ");
        var o = Regex.Replace(ownName, @"\s+", " ");
        return n.Length > 0 && (o.StartsWith(n, StringComparison.Ordinal) || n.StartsWith(o, StringComparison.Ordinal));
    }

    /// <summary>The document name written just before "số <paramref name="number"/>" in <paramref name="text"/>, or "".</summary>
    private static string TitleBefore(string text, string number)
    {
        foreach (Match m in NamedNumberRegex().Matches(text))
        {
            if (m.Groups["n"].Value == number) return m.Groups["name"].Value;
        }
        return "";
    }
}
