using LegalReview.Exports;
using LegalReview.Exports.Lists;

namespace LegalReview.Web.Proposals;

/// <summary>The downloadable outputs of a campaign, by file name, as the campaign page links them.</summary>
public static class CampaignFiles
{
    /// <summary>(file name, label) of every download, in the order the page lists them.</summary>
    public static IReadOnlyList<(string File, string Label)> All { get; } = Build();

    /// <summary>Writes the named output; returns its content type, or null for an unknown name.</summary>
    public static string? Write(CampaignListsInput input, ExportSettings settings, string file, Stream output)
    {
        if (file == CampaignExporter.ReportFile)
        {
            new ReviewReportWriter(settings).Write(input, output);
            return ProposalsSetup.DocxType;
        }

        if (file == CampaignExporter.CompilationFile)
        {
            new CompilationWriter(settings).Write(input, output);
            return ProposalsSetup.DocxType;
        }

        if (file == CampaignExporter.WorkbookFile)
        {
            CatalogueXlsxWriter.Write(input, output);
            return ProposalsSetup.XlsxType;
        }

        foreach (var kind in Catalogues.All)
        {
            if (file == Catalogues.FileName(kind) + ".docx")
            {
                new CatalogueDocxWriter(settings).Write(input, kind, output);
                return ProposalsSetup.DocxType;
            }

            if (file == Catalogues.FileName(kind) + ".csv")
            {
                CatalogueCsvWriter.Write(input, kind, output);
                return "text/csv; charset=utf-8";
            }
        }

        return null;
    }

    private static List<(string, string)> Build()
    {
        var list = new List<(string, string)> { (CampaignExporter.ReportFile, "Báo cáo kết quả rà soát (.docx)") };
        foreach (var kind in Catalogues.All)
        {
            list.Add((Catalogues.FileName(kind) + ".docx", $"Danh mục {(int)kind}: {Catalogues.ShortTitle(kind).ToLowerInvariant()} (.docx)"));
            list.Add((Catalogues.FileName(kind) + ".csv", $"Danh mục {(int)kind} (.csv)"));
        }

        list.Add((CampaignExporter.WorkbookFile, "Bốn danh mục (.xlsx)"));
        list.Add((CampaignExporter.CompilationFile, "Tập hệ thống hóa (.docx)"));
        return list;
    }
}
