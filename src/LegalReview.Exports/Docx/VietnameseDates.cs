using System.Globalization;

namespace LegalReview.Exports.Docx;

/// <summary>Dates as ND 30/2020 writes them: "Lạng Sơn, ngày 05 tháng 01 năm 2026".</summary>
public static class VietnameseDates
{
    /// <summary>
    /// Place and date line. Days below 10 and months below 3 take a leading zero (ND 30/2020, Appendix I); an unknown
    /// date leaves blanks for the clerk to fill in by hand, keeping the year.
    /// </summary>
    public static string PlaceAndDate(string place, DateOnly? date, int year)
    {
        if (date is not { } d)
        {
            return $"{place}, ngày      tháng      năm {year.ToString(CultureInfo.InvariantCulture)}";
        }

        return $"{place}, ngày {d.Day.ToString("00", CultureInfo.InvariantCulture)} tháng {Month(d.Month)} năm {d.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>Short numeric form used in lists: "18/6/2019".</summary>
    public static string Short(DateOnly? date) => date is { } d
        ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
        : "";

    private static string Month(int month) => month < 3
        ? month.ToString("00", CultureInfo.InvariantCulture)
        : month.ToString(CultureInfo.InvariantCulture);
}
