using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace LegalReview.Search.Analysis;

/// <summary>
/// Lucene analyzer for Vietnamese text: NFC + tone placement on the whole input, StandardTokenizer, LowerCase, and
/// for the folded variant ASCIIFolding (đ→d, ư→u …). Field names ending in ".folded" (and <see cref="SearchFields.AllFolded"/>)
/// get the folded chain, and <see cref="SearchFields.AllPairs"/> the folded chain joined into adjacent pairs, so one
/// instance serves a whole document (it is a per-field analyzer).
/// </summary>
public sealed class VietnameseAnalyzer() : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    /// <summary>Positions between two values of one field (heading and text in <see cref="SearchFields.AllFolded"/>),
    /// as Elasticsearch's default position_increment_gap: no phrase or proximity query spans them.</summary>
    public const int ValueGap = 100;

    public static bool IsFoldedField(string fieldName) =>
        fieldName.EndsWith(".folded", StringComparison.Ordinal) || fieldName is SearchFields.AllFolded or SearchFields.AllPairs;

    /// <summary>Separator of the two words of a pair in <see cref="SearchFields.AllPairs"/> (as the mapping's shingle filter).</summary>
    public const string PairSeparator = " ";

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
        if (IsFoldedField(fieldName))
        {
            stream = new ASCIIFoldingFilter(stream, preserveOriginal: false);
        }

        if (fieldName == SearchFields.AllPairs)
        {
            // Pairs only, each at the position of its first word, so pairs i and i+1 of a phrase are adjacent.
            var pairs = new ShingleFilter(stream, 2, 2);
            pairs.SetOutputUnigrams(false);
            pairs.SetTokenSeparator(PairSeparator);
            stream = pairs;
        }

        return new TokenStreamComponents(tokenizer, stream);
    }

    // Normalization keeps the NFC length, so offsets stay valid over text that was normalized before storing.
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new StringReader(VietnameseText.Normalize(reader.ReadToEnd()));

    /// <summary>The tokens of <paramref name="text"/> as the given field would index them.</summary>
    public IReadOnlyList<string> Tokens(string fieldName, string text)
    {
        var tokens = new List<string>();
        foreach (var token in TokensWithOffsets(fieldName, text))
        {
            tokens.Add(token.Term);
        }

        return tokens;
    }

    /// <summary>Tokens with their character offsets in <paramref name="text"/>.</summary>
    public IReadOnlyList<(string Term, int Start, int End)> TokensWithOffsets(string fieldName, string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = GetTokenStream(fieldName, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
