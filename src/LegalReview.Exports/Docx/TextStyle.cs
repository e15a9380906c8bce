namespace LegalReview.Exports.Docx;

/// <summary>How one paragraph looks. Sizes in points; indents and spacing in twentieths of a point (twips).</summary>
public sealed record TextStyle
{
    public double Size { get; init; } = 14;
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public Align Align { get; init; } = Align.Justify;
    public int FirstLineIndent { get; init; }
    public int LeftIndent { get; init; }
    public int RightIndent { get; init; }
    public int Before { get; init; }
    public int After { get; init; } = 120;

    /// <summary>Line spacing in 240ths of a line: 240 single, 360 one and a half.</summary>
    public int Line { get; init; } = 276;

    public bool KeepNext { get; init; }
    public bool PageBreakBefore { get; init; }

    /// <summary>A short rule drawn above the paragraph between its indents (the line under "SỞ TƯ PHÁP").</summary>
    public bool RuleAbove { get; init; }

    /// <summary>Body text: 14 pt, justified, first line indented 1.27 cm, 6 pt after (ND 30/2020).</summary>
    public static TextStyle Body { get; } = new() { FirstLineIndent = 720 };

    public static TextStyle Centered { get; } = new() { Align = Align.Center, After = 0, Line = 240 };
}

/// <summary>Paragraph alignment.</summary>
public enum Align
{
    Left,
    Center,
    Right,
    Justify,
}
