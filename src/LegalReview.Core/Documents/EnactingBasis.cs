namespace LegalReview.Core.Documents;

/// <summary>A "Căn cứ …" line of the preamble (căn cứ ban hành): one citation edge to the cited document.</summary>
public class EnactingBasis
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public int Order { get; set; }
    public string Text { get; set; } = "";

    /// <summary>Type of the cited document when the line names one ("Hiến pháp", "Luật", "Nghị định" …).</summary>
    public string? CitedType { get; set; }

    /// <summary>Number of the cited document when the line gives one (e.g. "45/2019/QH14").</summary>
    public string? CitedNumber { get; set; }
}
