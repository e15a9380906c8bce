using System.Text;
using LegalReview.Core.Diffing;

namespace LegalReview.Data.Alerts;

/// <summary>Vietnamese reason lines and the diff snippet HTML of a notification.</summary>
internal static class NotificationText
{
    private const int MaxUnits = 12;

    public static string Reason(Watch watch, PercolatorMatch? match, IReadOnlyList<string> provisionIds, string? relation) => watch.Kind switch
    {
        WatchKind.Document => $"Bạn theo dõi văn bản {watch.Name}.",
        WatchKind.Provision => $"Bạn theo dõi {watch.Name}: quy định này có thay đổi.",
        WatchKind.Neighbours => $"Bạn theo dõi các văn bản liên quan đến {watch.Name}: văn bản này {relation} văn bản đó.",
        WatchKind.SavedSearch => $"Khớp tìm kiếm đã lưu «{watch.Query}»"
            + (match is { MatchedWords.Count: > 0 } ? $" (từ khóa khớp: {string.Join(", ", match.MatchedWords)})" : "")
            + (provisionIds.Count > 0 ? $" tại {Names(provisionIds)}." : "."),
        _ => watch.Name,
    };

    public static string Names(IReadOnlyList<string> ids)
    {
        var names = ids.Take(6).Select(id => id.Length == 0 ? "tên văn bản" : ProvisionName.Of(id)).ToList();
        return string.Join(", ", names) + (ids.Count > 6 ? $" và {ids.Count - 6} quy định khác" : "");
    }

    /// <summary>Snippets of the given units: a bold provision name, then the marked text.</summary>
    public static string Snippet(IEnumerable<ChangedUnit> units)
    {
        var list = units.ToList();
        var sb = new StringBuilder();
        foreach (var unit in list.Take(MaxUnits))
        {
            var what = unit.Change switch { "Added" => "bổ sung", "Removed" => "bãi bỏ", _ => "sửa đổi" };
            sb.Append("<p><b>").Append(InlineDiff.Encode(ProvisionName.Of(unit.StableId))).Append("</b> (").Append(what).Append(")</p>");
            sb.Append("<p>").Append(unit.DiffHtml.Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }
        if (list.Count > MaxUnits) sb.Append("<p>… và ").Append(list.Count - MaxUnits).Append(" quy định khác.</p>");
        return sb.ToString();
    }
}
