namespace LegalReview.Crawlers.Sources.ThuVienPhapLuat;

/// <summary>Selectors and labels of saved thuvienphapluat.vn document pages, in one place.</summary>
public static class ThuVienPhapLuatSelectors
{
    /// <summary>The Vietnamese full text; the page has a second div.content1 for the English tab.</summary>
    public const string Content = "(//div[contains(concat(' ', normalize-space(@class), ' '), ' content1 ')])[1]";
    /// <summary>Properties tab cells: a td holding a bold label, followed by its value td.</summary>
    public const string LabelCells = "//td[b]";
    public const string JsonLd = "//script[@type='application/ld+json']";
    public const string KindAnchor = ".//a[@name='loai_1']";
    public const string KindNameAnchor = ".//a[@name='loai_1_name']";
    public const string Headline = "//h1";

    public const string LabelNumber = "Số hiệu";
    public const string LabelType = "Loại văn bản";
    public const string LabelIssuer = "Nơi ban hành";
    public const string LabelSigner = "Người ký";
    public const string LabelIssued = "Ngày ban hành";
    public const string LabelEffective = "Ngày hiệu lực";
    public const string LabelGazetteDate = "Ngày công báo";
    public const string LabelGazetteNumber = "Số công báo";
    public const string LabelStatus = "Tình trạng";

    public static readonly string[] Labels =
        [LabelNumber, LabelType, LabelIssuer, LabelSigner, LabelIssued, LabelEffective, LabelGazetteDate, LabelGazetteNumber, LabelStatus];

    /// <summary>Values shown to logged-out visitors instead of the real one ("known [to members]", "being updated").</summary>
    public static readonly string[] Placeholders = ["Đã biết", "Đang cập nhật", "Khongso", "Không số", ""];
}
