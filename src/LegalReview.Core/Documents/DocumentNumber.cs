using System.Text;

namespace LegalReview.Core.Documents;

/// <summary>Normalization of a document's number and symbol (số, ký hiệu) so that spellings of one number match.</summary>
public static class DocumentNumber
{
    /// <summary>
    /// Upper-cases, maps Đ to D, unifies dash variants, removes spaces and drops leading zeros of the sequence number:
    /// "05/2019/NĐ–CP" and "5/2019/ND-CP" both become "5/2019/ND-CP".
    /// </summary>
    public static string Normalize(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var sb = new StringBuilder(number.Length);
        foreach (var c in number.Normalize(NormalizationForm.FormC))
        {
            switch (c)
            {
                case 'đ' or 'Đ':
                    sb.Append('D');
                    break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE63' or '\uFF0D':
                    sb.Append('-');
                    break;
                case '\\' or '\u2215' or '\uFF0F':
                    sb.Append('/');
                    break;
                default:
                    if (!char.IsWhiteSpace(c))
                    {
                        sb.Append(char.ToUpperInvariant(c));
                    }

                    break;
            }
        }

        var text = sb.ToString();
        var slash = text.IndexOf('/');
        var sequenceEnd = slash < 0 ? text.Length : slash;
        var zeros = 0;
        while (zeros < sequenceEnd - 1 && text[zeros] == '0' && char.IsDigit(text[zeros + 1]))
        {
            zeros++;
        }

        return text[zeros..];
    }
}
