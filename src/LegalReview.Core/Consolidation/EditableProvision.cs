using LegalReview.Core.Documents;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Consolidation;

/// <summary>Mutable copy of a provision while instructions are applied; converted back to records at the end.</summary>
internal sealed class EditableProvision(ProvisionKind kind, string label, string? heading, string text)
{
    public ProvisionKind Kind { get; } = kind;
    public string Label { get; set; } = label;
    public string? Heading { get; set; } = heading;
    public string Text { get; set; } = text;
    public List<EditableProvision> Children { get; set; } = [];
    public EditableProvision? Parent { get; set; }

    /// <summary>Id in the base document; null for units added by an instruction (computed on output).</summary>
    public string? OriginalId { get; set; }

    /// <summary>Id in the consolidated document, set by <see cref="ToParsed"/>.</summary>
    public string? FinalId { get; private set; }

    public bool Repealed { get; set; }
    public List<string> Notes { get; } = [];

    public static EditableProvision From(ParsedProvision p, EditableProvision? parent)
    {
        var e = new EditableProvision(p.Kind, p.Label, p.Heading, p.Text) { OriginalId = p.Id, Parent = parent };
        e.Children = p.Children.Select(c => From(c, e)).ToList();
        return e;
    }

    public IEnumerable<EditableProvision> SelfAndDescendants()
    {
        yield return this;
        foreach (var c in Children)
        {
            foreach (var d in c.SelfAndDescendants()) yield return d;
        }
    }

    public void Adopt(EditableProvision child, int index)
    {
        child.Parent = this;
        Children.Insert(index, child);
    }

    /// <summary>Ids as the structure parser makes them: articles under their chapter only, other units under their parent.</summary>
    public ParsedProvision ToParsed(string? parentId, string? chapterId, List<ProvisionNote> notes, HashSet<string> used)
    {
        var segment = UnitLabels.Segment(Kind, Label);
        var prefix = Kind switch
        {
            ProvisionKind.Part or ProvisionKind.Chapter => null,
            ProvisionKind.Section or ProvisionKind.Subsection or ProvisionKind.Article => chapterId,
            _ => parentId,
        };
        var id = OriginalId ?? (prefix is null ? segment : prefix + "/" + segment);
        var unique = id;
        for (var n = 2; !used.Add(unique); n++) unique = $"{id}~{n}";
        FinalId = unique;
        notes.AddRange(Notes.Select(t => new ProvisionNote(unique, t)));
        var childChapter = Kind == ProvisionKind.Chapter ? unique : chapterId;
        return new ParsedProvision(unique, Kind, Label, Heading, Text,
            Children.Select(c => c.ToParsed(unique, childChapter, notes, used)).ToList());
    }
}
