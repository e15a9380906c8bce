using System.Text.RegularExpressions;

namespace LegalReview.Core.Amendments;

/// <summary>
/// What the amending document says about itself: its number, its effective date and the amended documents named in
/// the preamble ("Quốc hội ban hành Luật sửa đổi … của Luật Cán bộ, công chức số 22/2008/QH12 và Luật Viên chức số …").
/// </summary>
internal sealed partial class AmendingDocumentHeader
{
    [GeneratedRegex(@"Số\s*:\s*(?<n>[0-9]+/[0-9]{4}/[\p{L}0-9\-–]+)", RegexOptions.IgnoreCase)]
    private static partial Regex OwnNumberRegex();

    [GeneratedRegex(@"(?<!\p{L})số\s+(?<n>[0-9]+/[0-9]{4}/[\p{L}0-9\-–]*[\p{L}0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex CitedNumberRegex();

    [GeneratedRegex(@"(?:Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư|Quyết định)(?!.*(?:Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư|Quyết định)).*$")]
    private static partial Regex LastDocNameRegex();

    [GeneratedRegex(@"có hiệu lực(?: thi hành)?(?: kể)? từ ngày", RegexOptions.IgnoreCase)]
    private static partial Regex EffectRegex();

    public string Number { get; private init; } = "";
    public DateOnly? EffectiveOn { get; private init; }

    /// <summary>Document names (lower case, e.g. "luật bảo hiểm y tế") with their numbers, from the preamble.</summary>
    public List<(string Name, string Number)> Named { get; } = [];

    public static AmendingDocumentHeader Read(IReadOnlyList<string> lines, int bodyStart)
    {
        var number = "";
        for (var i = 0; i < Math.Min(bodyStart, 20) && number.Length == 0; i++)
        {
            var m = OwnNumberRegex().Match(lines[i]);
            if (m.Success) number = m.Groups["n"].Value;
        }
        DateOnly? effective = null;
        for (var i = lines.Count - 1; i >= bodyStart && effective is null; i--)
        {
            if (EffectRegex().IsMatch(lines[i]) && lines[i].Contains("này", StringComparison.Ordinal))
                effective = LegalText.ParseDate(lines[i]);
        }
        var header = new AmendingDocumentHeader { Number = number, EffectiveOn = effective };
        for (var i = 0; i < bodyStart; i++)
        {
            if (lines[i].StartsWith("Căn cứ", StringComparison.Ordinal)) continue;
            header.AddNamed(lines[i]);
        }
        return header;
    }

    /// <summary>Adds "Luật X số N" pairs of a sentence.</summary>
    public void AddNamed(string sentence)
    {
        var last = 0;
        foreach (Match m in CitedNumberRegex().Matches(sentence))
        {
            var before = sentence[last..m.Index];
            last = m.Index + m.Length;
            var nm = LastDocNameRegex().Match(before);
            if (!nm.Success) continue;
            var name = nm.Value.Trim().TrimEnd(',').Trim().ToLowerInvariant();
            if (name.Contains(' ', StringComparison.Ordinal) && !Named.Any(n => n.Name == name))
                Named.Add((name, m.Groups["n"].Value));
        }
    }

    /// <summary>
    /// The document an article lead or instruction points at: an explicit number wins, else a name from the preamble,
    /// else null. Quoted text must be removed by the caller.
    /// </summary>
    public string? Resolve(string sentence)
    {
        var m = CitedNumberRegex().Match(sentence);
        if (m.Success) return m.Groups["n"].Value;
        var lower = sentence.ToLowerInvariant();
        foreach (var marker in new[] { "của bộ luật ", "của luật ", "của pháp lệnh ", "của nghị định " })
        {
            var at = lower.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0) continue;
            var name = lower[(at + 4)..].TrimEnd(':', '.', ' ');
            var best = Named.Where(n => name.StartsWith(n.Name, StringComparison.Ordinal) || n.Name.StartsWith(name, StringComparison.Ordinal))
                .OrderByDescending(n => n.Name.Length).FirstOrDefault();
            if (best.Number is not null) return best.Number;
        }
        return null;
    }

    /// <summary>The single document the whole text amends, when the preamble names only one.</summary>
    public string? Default =>
        Named.Select(n => LegalText.NumberKey(n.Number)).Distinct().Count() == 1 ? Named[0].Number : null;
}
