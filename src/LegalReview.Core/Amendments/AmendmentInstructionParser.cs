using System.Text.RegularExpressions;

namespace LegalReview.Core.Amendments;

/// <summary>
/// Reads the instructions of an amending document from its raw paragraphs. Works on the text rather than on the
/// parsed provision tree because the quoted new text ("Điều 7a. …", "1. …") would look like provisions of the
/// amending document itself. Instruction items are numbered 1, 2, 3 … inside each article and lettered a), b) …
/// inside a container item; only the next expected number counts as a new item, and inside an open quote only a line
/// that is unmistakably an instruction does.
/// </summary>
public static partial class AmendmentInstructionParser
{
    [GeneratedRegex(@"^Điều\s+(?<n>\d+)\s*[.:]?\s*(?<rest>.*)$")]
    private static partial Regex ArticleRegex();

    [GeneratedRegex(@"^(?<n>\d+)\s*\.\s*(?<rest>.*)$")]
    private static partial Regex ItemRegex();

    [GeneratedRegex(@"^(?<l>[a-zđ])\s*\)\s*(?<rest>.*)$")]
    private static partial Regex SubItemRegex();

    [GeneratedRegex(@":\s*$")]
    private static partial Regex OpensBlockRegex();

    [GeneratedRegex(@"sửa đổi|bổ sung|bãi bỏ|hiệu lực|thi hành|thay thế", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleLeadRegex();

    /// <summary>Parses the whole text of an amending document.</summary>
    /// <exception cref="Parsing.DocumentRejectedException">The text holds no amending instruction at all.</exception>
    public static AmendmentParseResult Parse(string amendingText)
    {
        ArgumentNullException.ThrowIfNull(amendingText);
        var lines = amendingText.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(LegalText.Clean).ToList();
        var bodyStart = lines.FindIndex(l => ArticleRegex().Match(l) is { Success: true } m && m.Groups["n"].Value == "1");
        if (bodyStart < 0)
            throw new Parsing.DocumentRejectedException("Văn bản không có Điều 1: không phải văn bản sửa đổi, bổ sung.");
        var header = AmendingDocumentHeader.Read(lines, bodyStart);
        var walker = new Walker(lines, header);
        walker.Run(bodyStart);
        if (walker.Instructions.Count == 0)
            throw new Parsing.DocumentRejectedException("Không tìm thấy chỉ dẫn sửa đổi, bổ sung, bãi bỏ nào trong văn bản.");
        // Every spelling is kept: Luật 71/2014 names Luật thuế TNCN "04/2007/QH11" in Điều 2 and "04/2007/QH12" (its
        // real number) in Điều 6, and only a relation to the real number links to the stored law.
        var amended = walker.Instructions.Select(i => i.TargetDocumentNumber).OfType<string>()
            .DistinctBy(Documents.DocumentNumber.Normalize).ToList();
        return new AmendmentParseResult(header.Number, header.EffectiveOn, amended, walker.Instructions);
    }

    private sealed class Walker(List<string> lines, AmendingDocumentHeader header)
    {
        public List<AmendmentInstruction> Instructions { get; } = [];
        private int article;
        private int item;
        private char? sub;
        private string? articleTarget;
        private Container? container;

        private sealed record Container(string Sentence, string? Target, ProvisionAddress? Context,
            InstructionSentenceParser.Verb Verb, bool LocationsOnly);

        public void Run(int start)
        {
            var i = start;
            while (i < lines.Count)
            {
                var line = lines[i];
                if (IsArticleStart(i, inQuote: false))
                {
                    StartArticle(i);
                    i++;
                    continue;
                }
                var im = ItemRegex().Match(line);
                if (im.Success && int.Parse(im.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) == item + 1)
                {
                    item++;
                    sub = null;
                    container = null;
                    if (!InstructionSentenceParser.StartsWithVerb(im.Groups["rest"].Value))
                    {
                        // "1. Luật này có hiệu lực …": numbered, but not an instruction.
                        i++;
                        continue;
                    }
                    i = Holder(i, im.Groups["rest"].Value, $"dieu-{article}/khoan-{item}", articleTarget, null,
                        InstructionSentenceParser.Verb.None, allowContainer: true);
                    continue;
                }
                var sm = SubItemRegex().Match(line);
                if (sm.Success && container is not null && sm.Groups["l"].Value[0] == NextLetter())
                {
                    sub = sm.Groups["l"].Value[0];
                    var rest = sm.Groups["rest"].Value;
                    var sentence = container.LocationsOnly
                        ? OpensBlockRegex().Replace(container.Sentence, " ") + rest // "… tại:" + "Khoản 1 Điều 6 …"
                        : rest;
                    var target = header.Resolve(InstructionSentenceParser.Mask(sentence).Text) ?? container.Target;
                    i = Holder(i, sentence, $"dieu-{article}/khoan-{item}/diem-{ProvisionAddress.LabelSlug(sub.Value.ToString())}",
                        target, container.Context, container.Verb, allowContainer: false);
                    continue;
                }
                i++;
            }
        }

        private char NextLetter()
        {
            if (sub is null) return 'a';
            var at = LegalText.PointLetters.IndexOf(sub.Value, StringComparison.Ordinal);
            return at + 1 < LegalText.PointLetters.Length ? LegalText.PointLetters[at + 1] : '?';
        }

        private void StartArticle(int i)
        {
            var m = ArticleRegex().Match(lines[i]);
            article = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            item = 0;
            sub = null;
            container = null;
            var lead = m.Groups["rest"].Value;
            if (lead.Length == 0 && i + 1 < lines.Count && !ItemRegex().IsMatch(lines[i + 1])) lead = lines[i + 1];
            header.AddNamed(lead);
            articleTarget = header.Resolve(lead) ?? header.Default;
        }

        /// <summary>Whether line i starts the next article of the amending document (not a quoted "Điều 7a.").</summary>
        private bool IsArticleStart(int i, bool inQuote)
        {
            var m = ArticleRegex().Match(lines[i]);
            if (!m.Success || m.Groups["n"].Value != (article + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
                return false;
            if (!inQuote) return true;
            var lead = m.Groups["rest"].Value;
            if (lead.Length == 0 && i + 1 < lines.Count) lead = lines[i + 1];
            return ArticleLeadRegex().IsMatch(lead);
        }

        /// <summary>Handles an instruction sentence at line i; returns the index of the next unread line.</summary>
        private int Holder(int i, string sentence, string sourceId, string? target, ProvisionAddress? context,
            InstructionSentenceParser.Verb inherited, bool allowContainer)
        {
            var masked = InstructionSentenceParser.Mask(sentence).Text;
            target = header.Resolve(masked) ?? target;
            var next = i + 1;
            while (next < lines.Count && lines[next].Length == 0) next++;
            var opensBlock = OpensBlockRegex().IsMatch(sentence);
            if (allowContainer && opensBlock && next < lines.Count && SubItemRegex().Match(lines[next]) is { Success: true } sm
                && sm.Groups["l"].Value == "a")
            {
                var locationsOnly = sentence.TrimEnd().EndsWith("tại:", StringComparison.OrdinalIgnoreCase)
                    || !InstructionSentenceParser.StartsWithVerb(sm.Groups["rest"].Value);
                var (verb, _) = InstructionSentenceParser.SplitVerb(masked);
                var containerDrafts = locationsOnly ? [] : InstructionSentenceParser.Parse(sentence, context, inherited);
                container = new Container(sentence, target, containerDrafts.FirstOrDefault(d => !d.Target.IsEmpty)?.Target ?? context,
                    verb, locationsOnly);
                sub = null;
                return i + 1;
            }

            var drafts = InstructionSentenceParser.Parse(sentence, context, inherited);
            var end = i + 1;
            List<string> block = [];
            if (opensBlock)
            {
                (block, end) = CollectBlock(i + 1);
            }
            var texts = NewTextSplitter.Assign(drafts, block);
            for (var d = 0; d < drafts.Count; d++)
            {
                var draft = drafts[d];
                var problem = draft.Problem;
                var text = texts[d];
                if (draft.NeedsText && text is null && problem is null)
                    problem = "Không tách được nội dung mới cho đơn vị này.";
                if (draft.Target.IsEmpty && problem is null) problem = "Không xác định được đơn vị bị tác động.";
                if (draft.Action == AmendmentAction.Repeal && sentence.Contains("nội dung", StringComparison.OrdinalIgnoreCase))
                    draft = draft with { Action = AmendmentAction.RepealDescribedContent };
                string? described = null;
                if (draft.Action == AmendmentAction.RepealDescribedContent)
                {
                    described = InstructionSentenceParser.DescribedContent(sentence);
                    if (described is null && problem is null) problem = "Bãi bỏ một phần nội dung nhưng không nêu nội dung nào bị bãi bỏ.";
                }
                Instructions.Add(new AmendmentInstruction(header.Number, sourceId, sentence, target, draft.Action, draft.Target,
                    text, draft.OldPhrase, draft.NewPhrase, draft.Anchor, draft.AnchorPhrase, draft.InsertAfter, header.EffectiveOn, problem, described));
            }
            return end;
        }

        /// <summary>The new text after "như sau:": following lines up to the next instruction, quotes tracked.</summary>
        private (List<string> Block, int End) CollectBlock(int start)
        {
            var block = new List<string>();
            var inQuote = false;
            var j = start;
            for (; j < lines.Count; j++)
            {
                var l = lines[j];
                var startsQuote = l.Length > 0 && LegalText.IsQuoteChar(l[0]);
                if (!startsQuote && IsBoundary(j, inQuote)) break;
                if (startsQuote) inQuote = true;
                if (inQuote && EndsQuote(l)) inQuote = false;
                block.Add(l);
            }
            return (block, j);
        }

        private static bool EndsQuote(string l)
        {
            var t = l.TrimEnd('.', ';', ',', ' ');
            return t.Length > 1 && LegalText.IsQuoteChar(t[^1]);
        }

        private bool IsBoundary(int j, bool inQuote)
        {
            var l = lines[j];
            if (IsArticleStart(j, inQuote)) return true;
            var im = ItemRegex().Match(l);
            if (im.Success && im.Groups["n"].Value == (item + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                && Strong(im.Groups["rest"].Value, inQuote)) return true;
            var sm = SubItemRegex().Match(l);
            return sm.Success && container is not null && sm.Groups["l"].Value[0] == NextLetter()
                && (container.LocationsOnly ? !inQuote : Strong(sm.Groups["rest"].Value, inQuote));
        }

        private static bool Strong(string rest, bool inQuote) =>
            InstructionSentenceParser.StartsWithVerb(rest)
            && (!inQuote || OpensBlockRegex().IsMatch(rest) || rest.TrimEnd().EndsWith('.') || rest.TrimEnd().EndsWith(';'));
    }
}
