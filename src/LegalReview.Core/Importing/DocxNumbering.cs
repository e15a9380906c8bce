using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LegalReview.Core.Importing;

/// <summary>
/// Replays Word's automatic list numbering over the paragraphs in document order: numbering.xml levels (start, numFmt,
/// lvlText, lvlRestart, isLgl), w:num instances with lvlOverride/startOverride, and numbering inherited from paragraph styles.
/// Counters are shared by all w:num of one abstractNum, as in Word, except a w:num with a startOverride, which counts alone.
/// </summary>
internal sealed class DocxNumbering
{
    private const int LevelCount = 9;

    private readonly Dictionary<int, Dictionary<int, NumberingLevel>> _abstractLevels = [];
    private readonly Dictionary<int, string> _abstractStyleLinks = [];
    private readonly Dictionary<int, NumInstance> _instances = [];
    private readonly Dictionary<string, StyleInfo> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?[]> _counters = new(StringComparer.Ordinal);
    private string? _defaultParagraphStyle;

    private sealed record NumberingLevel(int Start, string Format, string? Text, int? Restart, bool IsLegal, string Suffix, string? StyleId);

    private sealed record NumInstance(int AbstractId, Dictionary<int, int> StartOverrides, Dictionary<int, NumberingLevel> LevelOverrides);

    private sealed record StyleInfo(string? BasedOn, int? NumId, int? Level);

    public static DocxNumbering Load(MainDocumentPart main)
    {
        var numbering = new DocxNumbering();
        numbering.LoadStyles(main.StyleDefinitionsPart?.Styles);
        numbering.LoadDefinitions(main.NumberingDefinitionsPart?.Numbering);
        return numbering;
    }

    /// <summary>The label of a numbered paragraph with its separator ("Điều 3. ", "a) "), or null; advances the counters.</summary>
    public string? NextLabel(Paragraph paragraph)
    {
        if (!TryResolve(paragraph, out var numId, out var ilvl))
            return null;
        var label = NextLabel(numId, ilvl);
        if (label is not null && ilvl == 0)
            LastArticleList = label.StartsWith("Điều", StringComparison.OrdinalIgnoreCase) ? (numId, paragraph) : null;
        return label;
    }

    /// <summary>The last paragraph numbered at level 0 of a list whose labels read "Điều N.", with its list id.</summary>
    public (int NumId, Paragraph Paragraph)? LastArticleList { get; private set; }

    /// <summary>Label of the next item of list <paramref name="numId"/> at level <paramref name="ilvl"/>; advances the counters.</summary>
    public string? NextLabel(int numId, int ilvl)
    {
        if (!_instances.TryGetValue(numId, out var instance))
            return null;
        var levels = EffectiveLevels(instance);
        if (!levels.TryGetValue(ilvl, out var level))
            return null;

        var ownCounters = instance.StartOverrides.Count > 0;
        var key = ownCounters ? $"num:{numId}" : $"abs:{instance.AbstractId}";
        if (!_counters.TryGetValue(key, out var counters))
            _counters[key] = counters = new int?[LevelCount];

        int StartOf(int lvl) =>
            ownCounters && instance.StartOverrides.TryGetValue(lvl, out var start) ? start
            : levels.TryGetValue(lvl, out var l) ? l.Start : 1;

        counters[ilvl] = counters[ilvl] is int current ? current + 1 : StartOf(ilvl);
        for (var deeper = ilvl + 1; deeper < LevelCount; deeper++)
        {
            // w:lvlRestart is 1-based ("restart after level n"); 0 means never; by default any higher level restarts.
            var restart = levels.TryGetValue(deeper, out var d) && d.Restart is int r ? r : deeper;
            if (restart != 0 && ilvl < restart)
                counters[deeper] = null;
        }

        if (level.Format == "bullet")
            return "- ";
        var text = level.Text ?? string.Empty;
        for (var referenced = LevelCount; referenced >= 1; referenced--)
        {
            var placeholder = "%" + referenced;
            if (!text.Contains(placeholder, StringComparison.Ordinal))
                continue;
            var index = referenced - 1;
            var value = counters[index] ?? StartOf(index);
            var format = level.IsLegal ? "decimal" : levels.TryGetValue(index, out var refLevel) ? refLevel.Format : "decimal";
            text = text.Replace(placeholder, NumberFormatter.Format(value, format), StringComparison.Ordinal);
        }

        if (string.IsNullOrWhiteSpace(text))
            return null;
        // One space stands for Word's tab or space suffix: the parser reads "Điều 3. Title", not the tab stop.
        return level.Suffix == "nothing" ? text : text.TrimEnd() + " ";
    }

    private bool TryResolve(Paragraph paragraph, out int numId, out int ilvl)
    {
        numId = 0;
        ilvl = 0;
        var properties = paragraph.ParagraphProperties;
        var direct = properties?.NumberingProperties;
        int? directNum = IntVal(direct?.NumberingId);
        int? directLevel = IntVal(direct?.NumberingLevelReference);

        var styleId = Val(properties?.ParagraphStyleId) ?? _defaultParagraphStyle;
        var (styleNum, styleLevel) = styleId is null ? (null, null) : StyleNumbering(styleId);

        var resolvedNum = directNum ?? styleNum;
        if (resolvedNum is not int n || n == 0)
            return false;
        numId = n;
        ilvl = directLevel ?? (directNum is null ? styleLevel : null) ?? LevelForStyle(n, styleId) ?? 0;
        ilvl = Math.Clamp(ilvl, 0, LevelCount - 1);
        return true;
    }

    private (int? NumId, int? Level) StyleNumbering(string styleId)
    {
        int? numId = null, level = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && seen.Add(id) && _styles.TryGetValue(id, out var style); id = style.BasedOn)
        {
            numId ??= style.NumId;
            level ??= style.Level;
        }
        return (numId, level);
    }

    private int? LevelForStyle(int numId, string? styleId)
    {
        if (styleId is null || !_instances.TryGetValue(numId, out var instance))
            return null;
        foreach (var (index, level) in EffectiveLevels(instance))
        {
            if (level.StyleId == styleId)
                return index;
        }
        return null;
    }

    private Dictionary<int, NumberingLevel> EffectiveLevels(NumInstance instance)
    {
        var levels = AbstractLevels(instance.AbstractId, depth: 0);
        if (instance.LevelOverrides.Count == 0)
            return levels;
        var merged = new Dictionary<int, NumberingLevel>(levels);
        foreach (var (index, level) in instance.LevelOverrides)
            merged[index] = level;
        return merged;
    }

    private Dictionary<int, NumberingLevel> AbstractLevels(int abstractId, int depth)
    {
        if (_abstractLevels.TryGetValue(abstractId, out var levels) && levels.Count > 0)
            return levels;
        // numStyleLink: the levels live in the abstractNum of the numbering style's own w:num.
        if (depth < 4 && _abstractStyleLinks.TryGetValue(abstractId, out var styleId)
            && StyleNumbering(styleId).NumId is int linkedNum && _instances.TryGetValue(linkedNum, out var linked)
            && linked.AbstractId != abstractId)
            return AbstractLevels(linked.AbstractId, depth + 1);
        return levels ?? [];
    }

    private void LoadStyles(Styles? styles)
    {
        if (styles is null)
            return;
        foreach (var style in styles.Elements<Style>())
        {
            var id = style.StyleId?.Value;
            if (id is null)
                continue;
            var numPr = style.StyleParagraphProperties?.NumberingProperties;
            _styles[id] = new StyleInfo(Val(style.BasedOn), IntVal(numPr?.NumberingId), IntVal(numPr?.NumberingLevelReference));
            if (Attr(style, "type") == "paragraph" && Attr(style, "default") is string isDefault && IsOn(isDefault))
                _defaultParagraphStyle ??= id;
        }
    }

    private void LoadDefinitions(Numbering? numbering)
    {
        if (numbering is null)
            return;
        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            if (IntAttr(abstractNum, "abstractNumId") is not int id)
                continue;
            _abstractLevels[id] = abstractNum.Elements<Level>()
                .Select(l => (Index: IntAttr(l, "ilvl"), Level: ReadLevel(l)))
                .Where(x => x.Index is >= 0 and < LevelCount)
                .GroupBy(x => x.Index!.Value)
                .ToDictionary(g => g.Key, g => g.First().Level);
            if (Val(abstractNum.NumberingStyleLink) is string link)
                _abstractStyleLinks[id] = link;
        }
        foreach (var num in numbering.Elements<NumberingInstance>())
        {
            if (IntAttr(num, "numId") is not int numId || IntVal(num.AbstractNumId) is not int abstractId)
                continue;
            var starts = new Dictionary<int, int>();
            var overrides = new Dictionary<int, NumberingLevel>();
            foreach (var levelOverride in num.Elements<LevelOverride>())
            {
                if (IntAttr(levelOverride, "ilvl") is not int index)
                    continue;
                if (IntVal(levelOverride.StartOverrideNumberingValue) is int start)
                    starts[index] = start;
                if (levelOverride.Level is { } level)
                    overrides[index] = ReadLevel(level);
            }
            _instances[numId] = new NumInstance(abstractId, starts, overrides);
        }
    }

    private static NumberingLevel ReadLevel(Level level) => new(
        Start: IntVal(level.StartNumberingValue) ?? 0,
        Format: Val(level.NumberingFormat) ?? "decimal",
        Text: Val(level.LevelText),
        Restart: IntVal(level.LevelRestart),
        IsLegal: level.IsLegalNumberingStyle is { } legal && (Val(legal) is null || IsOn(Val(legal))),
        Suffix: Val(level.LevelSuffix) ?? "tab",
        StyleId: Val(level.ParagraphStyleIdInLevel));

    private static string? Val(OpenXmlElement? element) => Attr(element, "val");

    private static int? IntVal(OpenXmlElement? element) => ParseInt(Val(element));

    private static int? IntAttr(OpenXmlElement element, string localName) => ParseInt(Attr(element, localName));

    private static int? ParseInt(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    private static bool IsOn(string? value) => value is null or "1" or "true" or "on";

    private static string? Attr(OpenXmlElement? element, string localName)
    {
        if (element is null)
            return null;
        foreach (var attribute in element.GetAttributes())
        {
            if (attribute.LocalName == localName)
                return attribute.Value;
        }
        return null;
    }
}
