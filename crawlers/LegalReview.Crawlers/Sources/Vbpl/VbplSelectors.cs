namespace LegalReview.Crawlers.Sources.Vbpl;

/// <summary>
/// Every selector and label the vbpl.vn parsers depend on, in one place: when the site changes, fix it here.
/// Second-hand knowledge (see the header of <see cref="VbplCrawler"/>); the examples/ pages are CONSTRUCTED from it.
/// </summary>
public static class VbplSelectors
{
    // Listing: /VBQPPL_UserControls/Publishing/TimKiem/pKetQuaTimKiem.aspx
    public const string ListingList = "//ul[contains(concat(' ', normalize-space(@class), ' '), ' listLaw ')]";
    public const string ListingItems = "./li";
    public const string ListingItemLink = ".//p[contains(@class,'title')]/a[@href]";
    public const string ListingItemDescription = ".//div[contains(@class,'des')]";
    public const string ListingItemFacts = ".//div[contains(@class,'right')]/p";
    public const string ListingNextPage = "//div[contains(@class,'paging')]//a[@href and (@title='Trang sau' or normalize-space(.)='Sau')]";

    // Properties: vbpq-thuoctinh.aspx
    public const string Properties = "//div[contains(concat(' ', normalize-space(@class), ' '), ' vbProperties ')]";
    public const string PropertiesTitle = ".//td[contains(concat(' ', normalize-space(@class), ' '), ' title ')]";
    public const string PropertiesCells = ".//tr/td";
    public const string LabelNumber = "Số ký hiệu";
    public const string LabelIssued = "Ngày ban hành";
    public const string LabelType = "Loại văn bản";
    public const string LabelEffective = "Ngày có hiệu lực";
    public const string LabelIssuerRoleSigner = "Cơ quan ban hành";
    public const string LabelStatus = "Tình trạng hiệu lực";

    // Full text: vbpq-toanvan.aspx
    public const string FullText = "//div[@id='toanvancontent']";
    public const string PdfOnlyFiles = "//ul[contains(@class,'fileAttack')]//a[@href]";

    // History: vbpq-lichsu.aspx (columns: date, status, source document, affected part)
    public const string History = "//div[contains(concat(' ', normalize-space(@class), ' '), ' vbLichSu ')]";
    public const string HistoryRows = ".//table//tr[td]";

    // Relations: vbpq-luocdo.aspx
    public const string Relations = "//div[contains(concat(' ', normalize-space(@class), ' '), ' vbLuocDo ')]";
    public const string RelationGroups = ".//div[contains(@class,'luocdo-group')]";
    public const string RelationGroupTitle = ".//*[contains(@class,'luocdo-title')]";
    public const string RelationItems = ".//li";
    public const string RelationItemNumber = ".//span[contains(@class,'number')]";

    // JSON API variant: /van-ban/chi-tiet/<slug>--<uuid> backed by /qtdc/public/doc/{uuid}
    public const string ApiData = "data";
    public const string ApiContent = "documentContent";
    public const string ApiContentHtml = "content";
    public const string ApiNumber = "docNum";
    public const string ApiTitle = "title";
    public const string ApiType = "docType";
    public const string ApiIssuer = "issuingAgency";
    public const string ApiSigner = "signer";
    public const string ApiIssued = "issueDate";
    public const string ApiEffective = "effectiveDate";
    public const string ApiStatus = "effectiveStatus";
    public const string ApiName = "name";
    public const string ApiRelations = "relatedDocuments";
    public const string ApiRelationType = "relationType";
    public const string ApiAttachments = "attachments";
    public const string ApiUrl = "url";
}
