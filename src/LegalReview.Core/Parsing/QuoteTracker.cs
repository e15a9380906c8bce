namespace LegalReview.Core.Parsing;

/// <summary>
/// Follows quoted blocks across lines. Amending laws quote the new wording ("“Điều 7a. …" … "…”") and those lines
/// must not be read as the amending law's own articles. Only a line that opens a quote at its start can open a
/// block, so a definition like “Người lao động” là … (balanced on its line) never swallows the text after it.
/// </summary>
internal sealed class QuoteTracker
{
    private int depth;

    public bool Inside => depth > 0;

    public void Reset() => depth = 0;

    public static bool StartsWithQuote(string line) => line.Length > 0 && line[0] is '“' or '"' or '„';

    public void Consume(string line)
    {
        if (!Inside && !StartsWithQuote(line))
        {
            return;
        }

        var opens = 0;
        var closes = 0;
        var straight = 0;
        foreach (var c in line)
        {
            switch (c)
            {
                case '“' or '„':
                    opens++;
                    break;
                case '”':
                    closes++;
                    break;
                case '"':
                    straight++;
                    break;
            }
        }

        // Straight quotes cannot tell opening from closing: an odd count flips the state.
        if (straight % 2 == 1)
        {
            if (Inside && opens == closes)
            {
                depth = 0;
                return;
            }

            opens += Inside ? 0 : 1;
        }

        depth = Math.Max(0, depth + opens - closes);
    }
}
