using System.Text;
using LegalReview.Core.Diffing;
using LegalReview.Core.Documents;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Consolidation;

/// <summary>Writes a provision tree back as plain text in the usual layout ("Chương I", "Điều 1. …", "1. …", "a) …").</summary>
public static class ProvisionTextRenderer
{
    public static string Render(IEnumerable<ParsedProvision> provisions)
    {
        var sb = new StringBuilder();
        foreach (var p in provisions.SelectMany(p => p.SelfAndDescendants())) AppendUnit(sb, p);
        return sb.ToString();
    }

    /// <summary>The unit's own lines: label, heading and text (children excluded).</summary>
    public static string Own(ParsedProvision p)
    {
        // A law diff renders two of these per changed unit: one cached builder and one string, not a grown builder,
        // a string and its trimmed copy.
        var sb = StringBuilderCache.Acquire(p.Text.Length + (p.Heading?.Length ?? 0) + 32);
        AppendUnit(sb, p);
        var length = sb.Length;
        while (length > 0 && sb[length - 1] == '\n') length--;
        sb.Length = length;
        return StringBuilderCache.GetStringAndRelease(sb);
    }

    private static void AppendUnit(StringBuilder sb, ParsedProvision p)
    {
        switch (p.Kind)
        {
            case ProvisionKind.Part or ProvisionKind.Chapter or ProvisionKind.Section or ProvisionKind.Subsection:
                sb.Append(UnitLabels.KindName(p.Kind)).Append(' ').Append(p.Label).Append('\n');
                if (p.Heading is not null) sb.Append(p.Heading).Append('\n');
                break;
            case ProvisionKind.Article:
                sb.Append("Điều ").Append(p.Label).Append('.');
                if (p.Heading is not null) sb.Append(' ').Append(p.Heading);
                sb.Append('\n');
                break;
            case ProvisionKind.Clause:
                sb.Append(p.Label).Append(". ");
                break;
            case ProvisionKind.Point:
                sb.Append(p.Label).Append(") ");
                break;
            default:
                sb.Append(p.Label).Append(' ');
                break;
        }
        if (p.Text.Length > 0) sb.Append(p.Text).Append('\n');
        else if (p.Kind > ProvisionKind.Article) sb.Append('\n');
    }
}
