namespace LegalReview.Exports.Lists;

/// <summary>Writes every output of a campaign into one folder: report, the four lists (.docx, .csv), the .xlsx workbook, the compilation.</summary>
public sealed class CampaignExporter(ExportSettings settings)
{
    public const string ReportFile = "bao-cao-ket-qua-ra-soat.docx";
    public const string WorkbookFile = "danh-muc.xlsx";
    public const string CompilationFile = "tap-he-thong-hoa.docx";

    /// <summary>Writes the files (replacing earlier ones of the same names) and returns their paths.</summary>
    public IReadOnlyList<string> WriteAll(CampaignListsInput input, string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();

        void Save(string name, Action<Stream> write)
        {
            var path = Path.Combine(directory, name);
            var temp = path + ".tmp";
            // Written aside and moved into place, so a failure never leaves a half-written export behind.
            using (var stream = File.Create(temp)) write(stream);
            File.Move(temp, path, overwrite: true);
            written.Add(path);
        }

        Save(ReportFile, s => new ReviewReportWriter(settings).Write(input, s));
        foreach (var kind in Catalogues.All)
        {
            Save(Catalogues.FileName(kind) + ".docx", s => new CatalogueDocxWriter(settings).Write(input, kind, s));
            Save(Catalogues.FileName(kind) + ".csv", s => CatalogueCsvWriter.Write(input, kind, s));
        }

        Save(WorkbookFile, s => CatalogueXlsxWriter.Write(input, s));
        Save(CompilationFile, s => new CompilationWriter(settings).Write(input, s));
        return written;
    }
}
