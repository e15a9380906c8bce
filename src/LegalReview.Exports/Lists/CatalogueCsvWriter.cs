using System.Globalization;
using System.Text;

namespace LegalReview.Exports.Lists;

/// <summary>
/// Writes one list as CSV: UTF-8 with a byte order mark so Excel shows Vietnamese letters, comma separated, RFC 4180
/// quoting, CRLF rows; the issuer is a column (a flat file has no heading rows).
/// </summary>
public static class CatalogueCsvWriter
{
    public static void Write(CampaignListsInput input, CatalogueKind kind, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        var columns = Catalogues.Columns(kind);
        writer.WriteLine(string.Join(',', new[] { "STT", "Cơ quan ban hành" }.Concat(columns.Select(c => c.Header)).Select(Quote)));
        var number = 0;
        foreach (var group in Catalogues.Select(input, kind))
        {
            foreach (var d in group.Documents)
            {
                var cells = new[] { (++number).ToString(CultureInfo.InvariantCulture), group.Issuer }
                    .Concat(columns.Select(c => string.Join("; ", c.Value(d).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))));
                writer.WriteLine(string.Join(',', cells.Select(Quote)));
            }
        }
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
