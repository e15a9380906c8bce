namespace LegalReview.Crawlers.Sources.CongBao;

/// <summary>Selectors of the Lotus Domino provincial gazette pages, in one place (checked against the real Sơn La pages in examples/).</summary>
public static class CongBaoSelectors
{
    // DanhMucVB (main page): the year picker of the gazette issues.
    public const string YearOptions = "//select[@id='gazette-year']/option";

    // GazettesByYearMonth?OpenView&RestrictToCategory=<year>: one link per issue, label in span/@value.
    public const string IssueLinks = "//a[contains(@href,'?OpenDocument') and .//span[@doccate]]";
    public const string IssueLabel = ".//span[@doccate]";

    // Issue (documents by gazette): rows grouped under section and issuer headings.
    public const string Rows = "//tr";
    public const string Level1Heading = "./th[contains(@class,'level1-heading')]";
    public const string Level2Heading = "./th[contains(@class,'level2-heading')]";
    public const string RowLink = "./td//a[contains(@href,'NoiDung?openForm') and contains(@href,'ParentUNID=')]";
    public const string RowCategory = ".//span[contains(@class,'doc-cate')]";
    public const string RowNotation = ".//span[contains(@class,'doc-notation')]";
    public const string RowFiles = ".//div[contains(@class,'download-links')]//a[@href]";
    public const string AnyDocumentMarker = "//span[contains(@class,'doc-notation')] | //th[contains(@class,'level1-heading')]";

    // The whole issue as one signed PDF: <gazettefile> … onclick='window.open("str/<UNID>/$file/<name>.pdf")'.
    public const string GazetteFile = "//gazettefile//a[@onclick]";

    public const string ViewPath = "GazettesByYearMonth?OpenView&Count=-1&RestrictToCategory=";
}
