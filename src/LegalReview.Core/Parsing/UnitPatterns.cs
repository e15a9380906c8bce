using System.Text.RegularExpressions;

namespace LegalReview.Core.Parsing;

/// <summary>
/// The line patterns of DOMAIN.md §5, in one place. Lines are already normalized (NFC, single spaces, trimmed).
/// </summary>
internal static partial class UnitPatterns
{
    // "Phần I", "PHẦN THỨ NHẤT", "Phần thứ hai: …"
    [GeneratedRegex(@"^(?:PHẦN|Phần)\s+(?<label>(?:THỨ|thứ|Thứ)\s+(?:MƯỜI\s+|mười\s+)?\p{L}+|[IVXLC]+|\d+)\b\s*[.:\-–]?\s*(?<rest>.*)$")]
    public static partial Regex Part();

    // "Chương III", "CHƯƠNG I", "Chương 1:", "Chương II. QUY ĐỊNH CHUNG"
    [GeneratedRegex(@"^(?:CHƯƠNG|Chương)\s+(?<label>[IVXLC]+|\d+)\b\s*[.:\-–]?\s*(?<rest>.*)$")]
    public static partial Regex Chapter();

    // "Mục 1", "MỤC 2. …"; "Tiểu mục 1"
    [GeneratedRegex(@"^(?:MỤC|Mục)\s+(?<label>\d+|[IVXLC]+)\b\s*[.:\-–]?\s*(?<rest>.*)$")]
    public static partial Regex Section();

    [GeneratedRegex(@"^(?:TIỂU MỤC|Tiểu mục)\s+(?<label>\d+|[IVXLC]+)\b\s*[.:\-–]?\s*(?<rest>.*)$")]
    public static partial Regex Subsection();

    // "Điều 35. Quyền …", "Điều 217a.", "Điều 1" (alone), "ĐIỀU 5:"; not "Điều 29 của Bộ luật này …".
    [GeneratedRegex(@"^(?:Điều|ĐIỀU)\s+(?<label>\d+[a-zđ]?)(?:\s*[.:]\s*(?<rest>.*)|\s*$|\s+(?<rest>\p{Lu}.*))$")]
    public static partial Regex Article();

    // "1. …", "1a. …", a lone "1." line, and the sloppy "1.Người …" (no space, capital follows; "1.000" is not a clause).
    [GeneratedRegex(@"^(?<label>\d{1,3}[a-zđ]?)\s*\.(?:\s+(?<rest>.*)|(?<rest>\p{Lu}.*)|$)")]
    public static partial Regex Clause();

    // "a) …", "đ) …"
    [GeneratedRegex(@"^(?<label>[a-eg-ik-vxyđ])\)\s*(?<rest>.*)$")]
    public static partial Regex Point();

    // "a.1) …", "a1) …", "a.1. …"
    [GeneratedRegex(@"^(?<label>[a-eg-ik-vxyđ]\.?\d{1,2})(?:\)|\.\s)\s*(?<rest>.*)$")]
    public static partial Regex SubPoint();

    // A line of dashes or underscores (letterhead rules, end-of-body rule).
    [GeneratedRegex(@"^[\s\-_–—=.*|]{3,}$")]
    public static partial Regex Rule();

    // "Bộ luật này được Quốc hội … thông qua ngày 20 tháng 11 năm 2019./." closes the body of a law.
    [GeneratedRegex(@"^(?:Bộ luật|Luật|Nghị quyết|Pháp lệnh|Hiến pháp) này (?:đã )?được .*thông qua ngày (?<d>\d{1,2}) tháng (?<m>\d{1,2}) năm (?<y>\d{4})", RegexOptions.IgnoreCase)]
    public static partial Regex PassedOn();

    // Signature authority line: "CHỦ TỊCH QUỐC HỘI", "TM. CHÍNH PHỦ", "KT. BỘ TRƯỞNG", "| CHỦ TỊCH QUỐC HỘI (Đã ký) …".
    [GeneratedRegex(@"^\|?\s*(?:(?:KT|TM|TL|TUQ|Q)\.\s*\p{Lu}|(?:PHÓ\s+)?(?:CHỦ TỊCH|THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|GIÁM ĐỐC|CHÁNH ÁN|VIỆN TRƯỞNG|TỔNG KIỂM TOÁN|CHỦ NHIỆM)\b)")]
    public static partial Regex SignerTitle();

    [GeneratedRegex(@"^Nơi nhận\s*:?", RegexOptions.IgnoreCase)]
    public static partial Regex Recipients();

    // A document number: "45/2019/QH14", "79/2025/NĐ-CP", "10/2020/TT-BLĐTBXH", "94/TTr-STP".
    [GeneratedRegex(@"\b(?<num>\d{1,5}/(?:\d{4}/)?[\p{Lu}\dđ]+(?:[\-–][\p{Lu}\dđ]+)*)")]
    public static partial Regex Number();

    [GeneratedRegex(@"(?:Số|số|SỐ)\s*:?\s*(?<num>\d{1,5}/(?:\d{4}/)?[\p{Lu}\dđ]+(?:[\-–][\p{Lu}\dđ]+)*)")]
    public static partial Regex LabelledNumber();

    // "Hà Nội, ngày 20 tháng 11 năm 2019"
    [GeneratedRegex(@"(?<place>\p{Lu}[\p{L} .]{1,40}?),\s*ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})")]
    public static partial Regex PlaceAndDate();

    // "… NGÀY 14 THÁNG 11 NĂM 2008" in old title blocks
    [GeneratedRegex(@"ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})", RegexOptions.IgnoreCase)]
    public static partial Regex AnyDate();

    [GeneratedRegex(@"này có hiệu lực(?: thi hành)?(?: kể)? từ ngày (?<d>\d{1,2}) tháng (?<m>\d{1,2}) năm (?<y>\d{4})", RegexOptions.IgnoreCase)]
    public static partial Regex EffectiveFrom();

    [GeneratedRegex(@"có hiệu lực(?: thi hành)?(?: kể)? từ ngày (?<d>\d{1,2}) tháng (?<m>\d{1,2}) năm (?<y>\d{4})", RegexOptions.IgnoreCase)]
    public static partial Regex AnyEffectiveFrom();

    // "Quốc hội ban hành Bộ luật Lao động."
    [GeneratedRegex(@"^(?<issuer>[\p{L} ]{3,60}?) ban hành (?<title>.+?)[.,;]?$")]
    public static partial Regex EnactingFormula();

    [GeneratedRegex(@"^Căn cứ\b", RegexOptions.IgnoreCase)]
    public static partial Regex Basis();
}
