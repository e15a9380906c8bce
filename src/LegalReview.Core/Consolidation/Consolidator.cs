using LegalReview.Core.Amendments;
using LegalReview.Core.Documents;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Consolidation;

/// <summary>
/// Applies amending instructions to a base document and produces a dated consolidated version. Every changed unit
/// gets a VBHN-style note; repealed units keep their number with "(được bãi bỏ)"; an instruction whose target, old
/// phrase or new text cannot be found is reported <see cref="InstructionStatus.Unresolved"/> with the reason.
/// </summary>
public static class Consolidator
{
    public const string RepealedMark = "(được bãi bỏ)";

    /// <summary>Consolidates <paramref name="baseDocument"/>.</summary>
    /// <param name="baseDocument">The amended document as parsed.</param>
    /// <param name="instructions">Instructions of one or more amending documents (others' targets are skipped); applied by effective date, then in order.</param>
    /// <param name="asOf">Only instructions in force on this date are applied; null = all.</param>
    /// <exception cref="DocumentRejectedException">The base has no articles, or none of the instructions amends it.</exception>
    public static ConsolidationResult Apply(ParsedDocument baseDocument, IReadOnlyList<AmendmentInstruction> instructions, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(baseDocument);
        ArgumentNullException.ThrowIfNull(instructions);
        if (!baseDocument.Articles().Any())
            throw new DocumentRejectedException("Văn bản gốc không có điều nào: không thể hợp nhất.");
        if (instructions.Count > 0 && !instructions.Any(i => Concerns(i, baseDocument)))
        {
            var targets = string.Join(", ", instructions.Select(i => i.TargetDocumentNumber ?? "?").Distinct());
            throw new DocumentRejectedException(
                $"Văn bản sửa đổi không sửa đổi văn bản số {baseDocument.Number}: các chỉ dẫn nhắm vào văn bản số {targets}.");
        }

        var root = new EditableProvision(ProvisionKind.Part, "", null, "");
        root.Children = baseDocument.Provisions.Select(p => EditableProvision.From(p, root)).ToList();
        var outcomes = new List<InstructionOutcome>();
        var touched = new List<EditableProvision?>();
        void Add(InstructionOutcome outcome, EditableProvision? unit) { outcomes.Add(outcome); touched.Add(unit); }
        var ordered = instructions.Select((ins, index) => (ins, index))
            .OrderBy(x => x.ins.EffectiveOn ?? DateOnly.MinValue).ThenBy(x => x.index).Select(x => x.ins);
        foreach (var ins in ordered)
        {
            EditableProvision? node = null;
            if (!Concerns(ins, baseDocument))
            {
                Add(new InstructionOutcome(ins, InstructionStatus.Skipped,
                    ins.TargetDocumentNumber is null ? "Không xác định được văn bản bị sửa đổi." : $"Sửa đổi văn bản khác (số {ins.TargetDocumentNumber})."), null);
                continue;
            }
            if (asOf is { } date && ins.EffectiveOn is { } eff && eff > date)
            {
                Add(new InstructionOutcome(ins, InstructionStatus.Skipped, $"Chưa có hiệu lực vào {LegalText.FormatDate(date)}."), null);
                continue;
            }
            var outcome = ApplyOne(root, ins, ref node);
            Add(outcome, node);
        }

        var notes = new List<ProvisionNote>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var provisions = root.Children.Select(c => c.ToParsed(null, null, notes, used)).ToList();
        // Outcomes name the final id of the unit they changed (new units get theirs only now). By unit, not by note
        // text: one instruction "tại khoản 1, khoản 3 …" writes the same note on several units.
        outcomes = outcomes.Select((o, k) => o with { ProvisionId = touched[k]?.FinalId ?? o.ProvisionId }).ToList();
        var document = baseDocument with { Provisions = provisions, Text = ProvisionTextRenderer.Render(provisions) };
        return new ConsolidationResult(document, outcomes, notes);
    }

    private static bool Concerns(AmendmentInstruction ins, ParsedDocument doc) =>
        ins.TargetDocumentNumber is not null && LegalText.SameDocument(ins.TargetDocumentNumber, doc.Number);

    private static InstructionOutcome ApplyOne(EditableProvision root, AmendmentInstruction ins, ref EditableProvision? touched)
    {
        if (ins.Action == AmendmentAction.Unrecognized || ins.Problem is not null)
            return new InstructionOutcome(ins, InstructionStatus.Unresolved, ins.Problem ?? "Không hiểu chỉ dẫn.");
        var t = ins.Target;
        if (ins.Action == AmendmentAction.InsertAfter) return Insert(root, ins, ref touched);
        var node = ProvisionResolver.Find(root, t, out var why);
        if (node is null) return new InstructionOutcome(ins, InstructionStatus.Unresolved, why);
        if (node.Repealed) return new InstructionOutcome(ins, InstructionStatus.Unresolved, $"{t} đã bị bãi bỏ trước đó.");

        switch (ins.Action)
        {
            case AmendmentAction.Amend:
            {
                if (t.Paragraph is { } para)
                {
                    var lines = node.Text.Split('\n');
                    if (para < 1 || para > lines.Length)
                        return new InstructionOutcome(ins, InstructionStatus.Unresolved, $"{t}: không có đoạn {para}.");
                    lines[para - 1] = ins.NewText!.Replace('\n', ' ');
                    node.Text = string.Join('\n', lines);
                    break;
                }
                var fresh = FragmentParser.Parse(node.Kind, node.Label, ins.NewText!);
                if (node.Kind == ProvisionKind.Article && fresh.Heading is not null) node.Heading = fresh.Heading;
                node.Text = fresh.Text;
                foreach (var c in fresh.Children) c.Parent = node;
                node.Children = fresh.Children;
                break;
            }
            case AmendmentAction.AmendHeading:
                node.Heading = ins.NewText;
                break;
            case AmendmentAction.Repeal:
                node.Repealed = true;
                node.Children = [];
                if (node.Kind <= ProvisionKind.Article)
                {
                    node.Heading = RepealedMark;
                    node.Text = "";
                }
                else
                {
                    node.Text = RepealedMark;
                }
                break;
            case AmendmentAction.RepealDescribedContent:
                // The words are kept: the amending law names the content, not the words, and guessing them is not
                // ours to do. The note says what is repealed, where and by what, as a consolidated text's footnote.
                break;
            case AmendmentAction.ReplacePhrase or AmendmentAction.DeletePhrase or AmendmentAction.InsertPhrase:
            {
                if (!EditPhrase(node, ins))
                {
                    var what = ins.Action == AmendmentAction.InsertPhrase ? ins.AnchorPhrase ?? "(đầu/cuối)" : ins.OldPhrase;
                    var near = ins.OldPhrase is { } old
                        ? node.SelfAndDescendants().Select(u => PhraseMatcher.NearMiss(u.Text, old) ?? (u.Heading is null ? null : PhraseMatcher.NearMiss(u.Heading, old)))
                            .FirstOrDefault(x => x is not null)
                        : null;
                    // A near miss ("phi" quoted, "phí" in the text) is shown to the reviewer, never applied.
                    var hint = near is null ? "" : $" Văn bản gốc có “{near}” (khác dấu): cần người xem xét.";
                    return new InstructionOutcome(ins, InstructionStatus.Unresolved, $"Không tìm thấy cụm từ “{what}” tại {t}.{hint}");
                }
                break;
            }
            default:
                return new InstructionOutcome(ins, InstructionStatus.Unresolved, $"Thao tác {ins.Action} chưa được hỗ trợ.");
        }
        var note = ConsolidationNotes.For(ins, node.Kind);
        node.Notes.Add(note);
        touched = node;
        var remark = ins.Action == AmendmentAction.RepealDescribedContent ? ConsolidationNotes.DescribedContentRemark : null;
        return new InstructionOutcome(ins, InstructionStatus.Applied, remark, node.OriginalId, note);
    }

    /// <summary>Edits the heading (for "tên …"), else the unit's own text and its descendants', else the article's heading.</summary>
    private static bool EditPhrase(EditableProvision node, AmendmentInstruction ins)
    {
        if (ins.Target.Heading)
        {
            if (node.Heading is null) return false;
            // Chapter titles are written in capitals while instructions quote them in sentence case.
            var upper = node.Heading == node.Heading.ToUpperInvariant()
                ? ins with { OldPhrase = ins.OldPhrase?.ToUpperInvariant(), NewPhrase = ins.NewPhrase?.ToUpperInvariant(), AnchorPhrase = ins.AnchorPhrase?.ToUpperInvariant() }
                : ins;
            if (PhraseEditor.Apply(node.Heading, upper) is not { } h) return false;
            node.Heading = h;
            return true;
        }
        if (ins.Anchor is PhraseAnchor.Start or PhraseAnchor.End || ins.Target.Paragraph is not null)
        {
            if (ins.Target.Paragraph is { } p)
            {
                var lines = node.Text.Split('\n');
                if (p < 1 || p > lines.Length || PhraseEditor.Apply(lines[p - 1], ins) is not { } l) return false;
                lines[p - 1] = l;
                node.Text = string.Join('\n', lines);
                return true;
            }
            if (PhraseEditor.Apply(node.Text, ins) is not { } edge) return false;
            node.Text = edge;
            return true;
        }
        var changed = false;
        foreach (var unit in node.SelfAndDescendants())
        {
            if (unit.Repealed || PhraseEditor.Apply(unit.Text, ins) is not { } edited) continue;
            unit.Text = edited;
            changed = true;
        }
        // "tại Điều 44" covers the article's title too; a clause's title does not exist.
        if ((node.Kind <= ProvisionKind.Article || !changed) && node.Heading is not null && PhraseEditor.Apply(node.Heading, ins) is { } heading)
        {
            node.Heading = heading;
            changed = true;
        }
        return changed;
    }

    private static InstructionOutcome Insert(EditableProvision root, AmendmentInstruction ins, ref EditableProvision? touched)
    {
        var (kind, label, parent, why) = ProvisionResolver.ParentForNew(root, ins.Target);
        if (parent is null) return new InstructionOutcome(ins, InstructionStatus.Unresolved, why);
        var siblings = kind == ProvisionKind.Article
            ? root.SelfAndDescendants().Where(p => p.Kind == ProvisionKind.Article).ToList()
            : parent.Children.Where(c => c.Kind == kind).ToList();
        if (siblings.Any(s => string.Equals(s.Label, label, StringComparison.OrdinalIgnoreCase)))
            return new InstructionOutcome(ins, InstructionStatus.Unresolved, $"{ins.Target} đã có trong văn bản gốc; không bổ sung trùng.");
        EditableProvision? after;
        if (ins.InsertAfterLabel is { } a)
        {
            after = siblings.FirstOrDefault(s => string.Equals(s.Label, a, StringComparison.OrdinalIgnoreCase));
            if (after is null)
                return new InstructionOutcome(ins, InstructionStatus.Unresolved, $"Không tìm thấy đơn vị {a} để bổ sung {ins.Target} vào sau.");
        }
        else
        {
            var order = LegalText.LabelOrder(label);
            after = siblings.LastOrDefault(s => LegalText.LabelOrder(s.Label).CompareTo(order) < 0);
        }
        var fresh = FragmentParser.Parse(kind, label, ins.NewText!);
        fresh.Label = label;
        var host = after?.Parent ?? parent;
        var index = after is null ? host.Children.FindIndex(c => c.Kind >= kind) : host.Children.IndexOf(after) + 1;
        host.Adopt(fresh, index < 0 ? host.Children.Count : index);
        var note = ConsolidationNotes.For(ins, kind);
        fresh.Notes.Add(note);
        touched = fresh;
        return new InstructionOutcome(ins, InstructionStatus.Applied, null, null, note);
    }
}
