using LegalReview.Core.Amendments;
using LegalReview.Core.Documents;

namespace LegalReview.Core.Consolidation;

/// <summary>Finds the unit an address names. Articles are numbered through the whole document, so they are found wherever they sit.</summary>
internal static class ProvisionResolver
{
    public static EditableProvision? Find(EditableProvision root, ProvisionAddress a, out string reason)
    {
        reason = "";
        EditableProvision? node = null;
        if (a.Article is not null)
        {
            node = Child(root.SelfAndDescendants(), ProvisionKind.Article, a.Article);
            if (node is null) { reason = $"Không tìm thấy Điều {a.Article} trong văn bản gốc."; return null; }
        }
        else if (a.Chapter is not null)
        {
            node = root.SelfAndDescendants().FirstOrDefault(p => p.Kind == ProvisionKind.Chapter && SameHigher(p.Label, a.Chapter));
            if (node is null) { reason = $"Không tìm thấy Chương {a.Chapter} trong văn bản gốc."; return null; }
            return node;
        }
        else
        {
            reason = $"Địa chỉ không nêu điều: {a}.";
            return null;
        }
        if (a.Clause is not null)
        {
            node = Child(node.Children, ProvisionKind.Clause, a.Clause);
            if (node is null) { reason = $"Không tìm thấy khoản {a.Clause} Điều {a.Article}."; return null; }
        }
        if (a.Point is not null)
        {
            var parent = node;
            node = Child(parent.Children, ProvisionKind.Point, a.Point);
            if (node is null) { reason = $"Không tìm thấy {a}."; return null; }
        }
        return node;
    }

    /// <summary>The parent a new unit goes into, and the new unit's kind and label.</summary>
    public static (ProvisionKind Kind, string Label, EditableProvision? Parent, string Reason) ParentForNew(EditableProvision root, ProvisionAddress a)
    {
        if (a.Point is not null)
        {
            var clause = Find(root, a with { Point = null }, out var why);
            return (ProvisionKind.Point, a.Point, clause, why);
        }
        if (a.Clause is not null)
        {
            var article = Find(root, a with { Clause = null }, out var why);
            return (ProvisionKind.Clause, a.Clause, article, why);
        }
        if (a.Article is not null) return (ProvisionKind.Article, a.Article, root, "");
        return (ProvisionKind.Article, "", null, $"Không xác định được đơn vị bổ sung: {a}.");
    }

    private static EditableProvision? Child(IEnumerable<EditableProvision> nodes, ProvisionKind kind, string label) =>
        nodes.FirstOrDefault(p => p.Kind == kind && string.Equals(p.Label, label, StringComparison.OrdinalIgnoreCase));

    private static bool SameHigher(string label, string wanted) =>
        Parsing.UnitLabels.ParseHigherUnitNumber(label) is { } x && Parsing.UnitLabels.ParseHigherUnitNumber(wanted) == x;
}
