using LegalReview.Core.Diffing;
using LegalReview.Exports.Proposals;

namespace LegalReview.Data.Proposals;

/// <summary>
/// Compares two revisions with the diff engine: header fields by text, items matched by target provision (a
/// proposal cites each provision once), proposed wording and reasons as word-level redlines.
/// </summary>
public static class ProposalRevisionDiff
{
    public static ProposalRevisionComparison Compare(int from, ProposalSnapshot a, int to, ProposalSnapshot b)
    {
        var fields = new List<ProposalFieldChange>();
        void Field(string name, string x, string y)
        {
            if (!string.Equals(x.Trim(), y.Trim(), StringComparison.Ordinal)) fields.Add(new ProposalFieldChange(name, InlineDiff.Html(x, y)));
        }

        Field("Trích yếu (V/v)", a.Subject, b.Subject);
        Field("Kính gửi", a.Addressees, b.Addressees);
        Field("Lý do, căn cứ thực hiện", a.Occasion, b.Occasion);
        Field("Căn cứ pháp lý", a.LegalBasis, b.LegalBasis);
        Field("Nơi nhận", a.Recipients, b.Recipients);

        var items = new List<ProposalItemChange>();
        var older = a.Items.ToDictionary(Key, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in b.Items)
        {
            var key = Key(item);
            seen.Add(key);
            if (!older.TryGetValue(key, out var old))
            {
                items.Add(new ProposalItemChange(item.TargetProvision, ProposalItemChangeKind.Added, null,
                    InlineDiff.Html("", item.ProposedText), InlineDiff.Html("", item.Reasoning)));
                continue;
            }

            var same = old.Action == item.Action && old.ProposedText == item.ProposedText && old.Reasoning == item.Reasoning
                && old.LinkedFindings == item.LinkedFindings;
            var action = old.Action == item.Action ? null
                : $"{ProposalActionNames.Verb(old.Action)} → {ProposalActionNames.Verb(item.Action)}";
            items.Add(new ProposalItemChange(item.TargetProvision, same ? ProposalItemChangeKind.Unchanged : ProposalItemChangeKind.Changed,
                action, InlineDiff.Html(old.ProposedText, item.ProposedText), InlineDiff.Html(old.Reasoning, item.Reasoning)));
        }

        foreach (var old in a.Items.Where(i => !seen.Contains(Key(i))))
        {
            items.Add(new ProposalItemChange(old.TargetProvision, ProposalItemChangeKind.Removed, null,
                InlineDiff.Html(old.ProposedText, ""), InlineDiff.Html(old.Reasoning, "")));
        }

        return new ProposalRevisionComparison(from, to, fields, items);
    }

    private static string Key(ProposalItemSnapshot item) => item.ProvisionStableId is { Length: > 0 } id
        ? id + "|" + item.TargetProvision
        : item.TargetProvision;
}
