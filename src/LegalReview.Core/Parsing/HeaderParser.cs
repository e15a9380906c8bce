using System.Globalization;
using System.Text.RegularExpressions;
using LegalReview.Core.Documents;

namespace LegalReview.Core.Parsing;

/// <summary>
/// Reads the header (letterhead, number, place and date, type and title), the "Căn cứ" preamble, the enacting
/// formula, the effective-date sentence and the signer block. Sources flatten the letterhead table into one line
/// ("QUỐC HỘI ------- Luật số: 84/2015/QH13 | CỘNG HÒA XÃ HỘI …"), so every field is searched for, not positioned.
/// </summary>
internal static class HeaderParser
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private const string NationalHeader = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    public static HeaderInfo Parse(IReadOnlyList<string> header)
    {
        var number = FindNumber(header);
        var (place, issuedOn) = FindPlaceAndDate(header);
        var typeIndex = FindTypeLine(header);
        var bases = header.Where(l => UnitPatterns.Basis().IsMatch(l)).Select(ParseBasis).ToList();
        var formula = header.Select(l => UnitPatterns.EnactingFormula().Match(l)).FirstOrDefault(m => m.Success && DocumentTypeNames.MatchPrefix(m.Groups["title"].Value) is not null);

        string typeName;
        DocumentType type;
        var titleCaps = "";
        if (typeIndex >= 0)
        {
            var typeLine = DocumentTypeNames.MatchUpperLine(header[typeIndex])!.Value;
            typeName = typeLine.Name;
            type = typeLine.Type;
            titleCaps = CollectTitle(header, typeIndex, typeLine.Remainder);
        }
        else if (number is not null && DocumentTypeNames.FromNumber(number) is var fromNumber && fromNumber != DocumentType.Unknown)
        {
            type = fromNumber;
            typeName = DocumentTypeNames.NameOf(type);
        }
        else
        {
            type = DocumentType.Unknown;
            typeName = "";
        }

        var title = formula is not null
            ? formula.Groups["title"].Value.Trim()
            : titleCaps.Length > 0 ? typeName + " " + VietnameseText.ToSentenceCase(titleCaps).ToLower(CultureInfo.GetCultureInfo("vi-VN")) : "";

        // Old title blocks carry the date: "SỐ 25/2008/QH12 NGÀY 14 THÁNG 11 NĂM 2008".
        issuedOn ??= header.Where(l => l.StartsWith("SỐ ", StringComparison.Ordinal)).Select(l => ToDate(UnitPatterns.AnyDate().Match(l))).FirstOrDefault(d => d is not null);

        var issuer = FindIssuer(header) ?? (number is null ? null : DocumentTypeNames.IssuerFromNumber(number));
        if (issuer is null && formula is not null)
        {
            issuer = formula.Groups["issuer"].Value.Trim();
        }

        return new HeaderInfo(number, type, typeName, issuer, place, issuedOn, title, bases);
    }

    public static DateOnly? FindEffectiveDate(IEnumerable<string> bodyLines)
    {
        DateOnly? fallback = null;
        foreach (var line in bodyLines)
        {
            var own = UnitPatterns.EffectiveFrom().Match(line);
            if (own.Success)
            {
                return ToDate(own);
            }

            fallback ??= ToDate(UnitPatterns.AnyEffectiveFrom().Match(line));
        }

        return fallback;
    }

    public static (string? Title, string? Name) ParseSigner(IReadOnlyList<string> tail)
    {
        for (var i = 0; i < tail.Count; i++)
        {
            // Sources mangle capitals ("CHủ TịCH QUốC HộI"), so the title is recognized in upper case.
            if (!UnitPatterns.SignerTitle().IsMatch(tail[i].ToUpper(Vi)))
            {
                continue;
            }

            var line = tail[i].TrimStart('|', ' ');
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var titleWords = words.TakeWhile(w => !IsNameCased(w) && !w.StartsWith('(') && w != "Đã").ToList();
            var title = string.Join(' ', titleWords).ToUpper(Vi);
            var candidates = new List<string> { string.Join(' ', words.Skip(titleWords.Count)) };
            candidates.AddRange(tail.Skip(i + 1));
            var name = candidates.Select(CleanSignerName).FirstOrDefault(LooksLikeName);
            return (title, name);
        }

        return (null, null);
    }

    private static bool IsNameCased(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(c => !char.IsLetter(c) || char.IsLower(c));

    private static string CleanSignerName(string text)
    {
        var cleaned = Regex.Replace(text, @"\(?\s*(?:Đã ký|đã ký|ĐÃ KÝ)\s*\)?\s*:?", " ");
        return VietnameseText.NormalizeLine(cleaned.Trim('|', ' ', ':'));
    }

    private static bool LooksLikeName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6 && words.All(w => char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLower(c) || c == '-'));
    }

    private static string? FindNumber(IReadOnlyList<string> header)
    {
        foreach (var line in header)
        {
            var m = UnitPatterns.LabelledNumber().Match(line);
            if (m.Success)
            {
                return CleanNumber(m.Groups["num"].Value);
            }
        }

        return null;
    }

    private static string CleanNumber(string number) => number.Replace('–', '-').TrimEnd('-', '.');

    private static (string? Place, DateOnly? Date) FindPlaceAndDate(IReadOnlyList<string> header)
    {
        foreach (var line in header)
        {
            foreach (var cell in line.Split('|'))
            {
                var m = UnitPatterns.PlaceAndDate().Match(cell.Trim());
                if (m.Success && !m.Groups["place"].Value.Contains("Căn cứ", StringComparison.Ordinal))
                {
                    return (m.Groups["place"].Value.Trim(), ToDate(m));
                }
            }
        }

        return (null, null);
    }

    private static int FindTypeLine(IReadOnlyList<string> header)
    {
        for (var i = 0; i < header.Count; i++)
        {
            var line = header[i];
            if (UnitPatterns.Basis().IsMatch(line))
            {
                break;
            }

            if (VietnameseText.IsUpperCaseLine(line) && !line.Contains('|') && DocumentTypeNames.MatchUpperLine(line) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    private static string CollectTitle(IReadOnlyList<string> header, int typeIndex, string remainder)
    {
        var parts = new List<string>();
        if (remainder.Length > 0)
        {
            parts.Add(remainder);
        }

        for (var i = typeIndex + 1; i < header.Count && VietnameseText.IsUpperCaseLine(header[i]); i++)
        {
            var line = header[i];
            if (line.StartsWith("CỦA ", StringComparison.Ordinal))
            {
                continue;
            }

            // "SỐ 28/2004/QH11 VỀ ĐIỆN LỰC" → "VỀ ĐIỆN LỰC"; "SỐ 25/2008/QH12 NGÀY …" → nothing.
            if (line.StartsWith("SỐ ", StringComparison.Ordinal))
            {
                line = Regex.Replace(line, @"^SỐ\s+\S+\s*", "");
                line = Regex.Replace(line, @"NGÀY\s+\d.*$", "").Trim();
                line = Regex.Replace(line, @"^VỀ\s+", "");
                if (line.Length == 0)
                {
                    continue;
                }
            }

            parts.Add(line);
        }

        return string.Join(' ', parts).Trim();
    }

    private static string? FindIssuer(IReadOnlyList<string> header)
    {
        for (var i = 0; i < Math.Min(header.Count, 6); i++)
        {
            var firstCell = header[i].Split('|')[0];
            firstCell = Regex.Replace(firstCell, @"[\-_–—=]{3,}", "|").Split('|')[0];
            firstCell = Regex.Replace(firstCell, @"(?:Bộ luật |Luật |Pháp lệnh |Nghị quyết )?(?:Số|số|SỐ)\s*:.*$", "").Trim();
            if (firstCell.Length == 0 || firstCell.Contains(NationalHeader, StringComparison.Ordinal) || firstCell.Contains("CỘNG HOÀ", StringComparison.Ordinal))
            {
                continue;
            }

            if (VietnameseText.IsUpperCaseLine(firstCell) && DocumentTypeNames.MatchUpperLine(firstCell) is null)
            {
                return IssuerNames.Normalize(firstCell);
            }

            break;
        }

        foreach (var line in header)
        {
            if (line.StartsWith("CỦA QUỐC HỘI", StringComparison.Ordinal))
            {
                return "Quốc hội";
            }
        }

        return null;
    }

    private static ParsedBasis ParseBasis(string line)
    {
        var text = line.TrimEnd(';', ',', '.', ' ');
        var cited = Regex.Replace(text, @"^Căn cứ\s+(?:vào\s+)?", "", RegexOptions.IgnoreCase);
        var type = DocumentTypeNames.MatchPrefix(cited)?.Name;
        // The number of the cited document comes before any "đã được sửa đổi … theo Nghị quyết số …" tail.
        var own = Regex.Split(cited, @"\b(?:đã được|được sửa đổi)\b")[0];
        var number = UnitPatterns.Number().Match(own);
        return new ParsedBasis(text, type, number.Success ? CleanNumber(number.Groups["num"].Value) : null);
    }

    internal static DateOnly? ToDate(Match m)
    {
        if (!m.Success)
        {
            return null;
        }

        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }
}

internal sealed record HeaderInfo(
    string? Number,
    DocumentType Type,
    string TypeName,
    string? Issuer,
    string? Place,
    DateOnly? IssuedOn,
    string Title,
    IReadOnlyList<ParsedBasis> Bases);
