using LegalReview.Search.Analysis;

namespace LegalReview.Search.Querying;

/// <summary>
/// Parses what a reviewer types: words, "phrases", AND / OR / NOT (upper case), -word, +word, parentheses and
/// document numbers. Precedence: NOT &gt; side by side &gt; AND &gt; OR. Errors come back as messages, never exceptions.
/// </summary>
internal sealed class UserQueryParser(Abbreviations abbreviations, ColloquialSynonyms? colloquial = null)
{
    private readonly ColloquialSynonyms _colloquial = colloquial ?? ColloquialSynonyms.Default;

    private enum Kind { Word, Phrase, And, Or, Not, Minus, Open, Close }

    private sealed record Token(Kind Kind, string Text);

    private sealed class ParseException(string message) : Exception(message);

    private List<Token> _tokens = [];
    private int _position;
    private readonly List<string> _highlights = [];

    public ParsedUserQuery Parse(string? text)
    {
        text ??= "";
        if (text.Length > QueryMessages.MaxLength)
        {
            return ParsedUserQuery.Fail(QueryMessages.TooLong);
        }

        if (text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
        {
            return ParsedUserQuery.Fail(QueryMessages.ControlCharacters);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new ParsedUserQuery(new MatchAllNode(), [], null);
        }

        try
        {
            _tokens = Lex(VietnameseText.Normalize(text));
            _position = 0;
            _highlights.Clear();
            if (_tokens.Count == 0)
            {
                return ParsedUserQuery.Fail(QueryMessages.NoSearchableWords);
            }

            var root = ParseOr();
            if (_position < _tokens.Count)
            {
                throw _tokens[_position].Kind == Kind.Close
                    ? new ParseException(QueryMessages.UnbalancedParentheses)
                    : new ParseException(QueryMessages.MissingOperand(_tokens[_position].Text));
            }

            if (!HasPositive(root))
            {
                return ParsedUserQuery.Fail(QueryMessages.OnlyExclusions);
            }

            return new ParsedUserQuery(root, _highlights.ToArray(), null);
        }
        catch (ParseException e)
        {
            return ParsedUserQuery.Fail(e.Message);
        }
    }

    private static bool HasPositive(QueryNode node) => node switch
    {
        NotNode => false,
        GroupNode g => g.Children.Any(HasPositive),
        AndNode a => a.Children.Any(HasPositive),
        OrNode o => o.Children.All(HasPositive),
        _ => true,
    };

    private static List<Token> Lex(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '"' or '“' or '”')
            {
                var close = text.IndexOfAny(['"', '“', '”'], i + 1);
                if (close < 0)
                {
                    throw new ParseException(QueryMessages.UnbalancedQuotes);
                }

                var phrase = text[(i + 1)..close].Trim();
                if (!phrase.Any(char.IsLetterOrDigit))
                {
                    throw new ParseException(QueryMessages.EmptyPhrase);
                }

                tokens.Add(new Token(Kind.Phrase, phrase));
                i = close + 1;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new Token(c == '(' ? Kind.Open : Kind.Close, c.ToString()));
                i++;
            }
            else if (c is '-' or '+' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '('))
            {
                if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] == ')')
                {
                    throw new ParseException(QueryMessages.MissingNegated(c.ToString()));
                }

                if (c == '-')
                {
                    tokens.Add(new Token(Kind.Minus, "-"));
                }

                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '“' or '”' or '(' or ')'))
                {
                    i++;
                }

                var word = text[start..i];
                var kind = word switch
                {
                    "AND" or "&&" => Kind.And,
                    "OR" or "||" => Kind.Or,
                    "NOT" => Kind.Not,
                    _ => Kind.Word,
                };
                if (kind != Kind.Word || word.Any(char.IsLetterOrDigit))
                {
                    tokens.Add(new Token(kind, word));
                }
            }
        }

        return tokens;
    }

    private Token? Peek => _position < _tokens.Count ? _tokens[_position] : null;

    private QueryNode ParseOr()
    {
        var children = new List<QueryNode> { ParseAnd() };
        while (Peek?.Kind == Kind.Or)
        {
            var op = _tokens[_position++];
            children.Add(ParseAndAfter(op));
        }

        return children.Count == 1 ? children[0] : new OrNode(children);
    }

    private QueryNode ParseAnd()
    {
        if (Peek is { Kind: Kind.And or Kind.Or } leading)
        {
            throw new ParseException(QueryMessages.MissingOperand(leading.Text));
        }

        var children = new List<QueryNode> { ParseGroup() };
        while (Peek?.Kind == Kind.And)
        {
            var op = _tokens[_position++];
            children.Add(ParseGroupAfter(op));
        }

        return children.Count == 1 ? children[0] : new AndNode(children);
    }

    private QueryNode ParseAndAfter(Token op) =>
        Peek is null or { Kind: Kind.And or Kind.Or or Kind.Close } ? throw new ParseException(QueryMessages.MissingOperand(op.Text)) : ParseAnd();

    private QueryNode ParseGroupAfter(Token op) =>
        Peek is null or { Kind: Kind.And or Kind.Or or Kind.Close } ? throw new ParseException(QueryMessages.MissingOperand(op.Text)) : ParseGroup();

    private QueryNode ParseGroup()
    {
        var children = new List<QueryNode>();
        while (Peek is { Kind: not (Kind.And or Kind.Or or Kind.Close) })
        {
            children.Add(ParseUnary());
        }

        if (children.Count == 0)
        {
            throw new ParseException(Peek is { Kind: Kind.Close } ? QueryMessages.UnbalancedParentheses : QueryMessages.NoSearchableWords);
        }

        children = QuestionWords.Remove(ExpandColloquial(children), _highlights);
        return children.Count == 1 ? children[0] : new GroupNode(children);
    }

    private QueryNode ParseUnary()
    {
        var token = _tokens[_position++];
        if (token.Kind is Kind.Not or Kind.Minus)
        {
            if (Peek is null or { Kind: Kind.And or Kind.Or or Kind.Close or Kind.Not or Kind.Minus })
            {
                throw new ParseException(QueryMessages.MissingNegated(token.Text));
            }

            var excluded = _highlights.Count;
            var child = ParseUnary();
            _highlights.RemoveRange(excluded, _highlights.Count - excluded); // excluded words are not highlighted
            return new NotNode(child);
        }

        switch (token.Kind)
        {
            case Kind.Open:
                if (Peek is null)
                {
                    throw new ParseException(QueryMessages.UnbalancedParentheses);
                }

                var inner = ParseOr();
                if (Peek?.Kind != Kind.Close)
                {
                    throw new ParseException(QueryMessages.UnbalancedParentheses);
                }

                _position++;
                return inner;
            case Kind.Phrase:
                _highlights.Add(token.Text);
                return new PhraseNode(token.Text);
            default:
                return Word(token.Text);
        }
    }

    /// <summary>
    /// Adjacent plain words forming a colloquial key ("phép năm") become one alternative: the typed words as a phrase
    /// or any of the legal terms ("nghỉ hằng năm").
    /// </summary>
    private List<QueryNode> ExpandColloquial(List<QueryNode> children)
    {
        var result = new List<QueryNode>(children.Count);
        var i = 0;
        while (i < children.Count)
        {
            var words = children.Skip(i).TakeWhile(c => c is TermNode).Cast<TermNode>().Take(_colloquial.MaxWords).Select(t => t.Text).ToList();
            var (length, terms) = words.Count == 0 ? (0, []) : _colloquial.Match(words, 0);
            if (length == 0)
            {
                result.Add(children[i++]);
                continue;
            }

            var typed = string.Join(' ', words.Take(length));
            result.Add(new OrNode([length == 1 ? new TermNode(typed) : new PhraseNode(typed), .. terms.Select(t => new PhraseNode(t))]));
            _highlights.AddRange(terms);
            i += length;
        }

        return result;
    }

    private QueryNode Word(string word)
    {
        if (DocumentNumber.LooksLikeNumber(word))
        {
            var normalized = DocumentNumber.Normalize(word).TrimEnd('/');
            return new NumberNode(normalized, normalized.Count(c => c == '/') < 2);
        }

        _highlights.Add(word);
        var expansions = abbreviations.Expand(word.Trim(',', '.', ';', ':'));
        if (expansions.Count == 0)
        {
            return new TermNode(word);
        }

        _highlights.AddRange(expansions);
        return new OrNode([new TermNode(word), .. expansions.Select(e => new PhraseNode(e))]);
    }
}
