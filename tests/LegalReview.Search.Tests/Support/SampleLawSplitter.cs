using System.Text.RegularExpressions;
using LegalReview.Core.Documents;
using LegalReview.Core.Parsing;

namespace LegalReview.Search.Tests.Support;

/// <summary>
/// Test-only stand-in for the structure parser: splits a sample law into chapters, "Điều N." articles, "N." clauses
/// and "a)" points, with stable ids like "chuong-3/dieu-35/khoan-1/diem-a". Used while StructureParser is a
/// placeholder on main.
/// </summary>
public static partial class SampleLawSplitter
{
    private sealed class Node(string id, ProvisionKind kind, string label, string? heading)
    {
        public List<string> Lines { get; } = [];
        public List<Node> Children { get; } = [];

        public ParsedProvision ToParsed() =>
            new(id, kind, label, heading, string.Join('\n', Lines), Children.Select(c => c.ToParsed()).ToArray());

        public string Id => id;
    }

    public static IReadOnlyList<ParsedProvision> Split(string text)
    {
        var roots = new List<Node>();
        Node? chapter = null, article = null, clause = null, point = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (ChapterLine().Match(line) is { Success: true } c)
            {
                chapter = new Node($"chuong-{Roman(c.Groups[1].Value)}", ProvisionKind.Chapter, c.Groups[1].Value, null);
                roots.Add(chapter);
                article = clause = point = null;
            }
            else if (ArticleLine().Match(line) is { Success: true } a)
            {
                var id = (chapter is null ? "" : chapter.Id + "/") + $"dieu-{a.Groups[1].Value.ToLowerInvariant()}";
                article = new Node(id, ProvisionKind.Article, a.Groups[1].Value, a.Groups[2].Value.Trim());
                (chapter?.Children ?? roots).Add(article);
                clause = point = null;
            }
            else if (article is not null && ClauseLine().Match(line) is { Success: true } k && IsNextClause(article, k.Groups[1].Value))
            {
                clause = new Node($"{article.Id}/khoan-{k.Groups[1].Value}", ProvisionKind.Clause, k.Groups[1].Value, null);
                clause.Lines.Add(line);
                article.Children.Add(clause);
                point = null;
            }
            else if (clause is not null && PointLine().Match(line) is { Success: true } p && clause.Children.All(c => !c.Id.EndsWith("/diem-" + p.Groups[1].Value, StringComparison.Ordinal)))
            {
                point = new Node($"{clause.Id}/diem-{p.Groups[1].Value}", ProvisionKind.Point, p.Groups[1].Value, null);
                point.Lines.Add(line);
                clause.Children.Add(point);
            }
            else if ((point ?? clause ?? article) is { } current)
            {
                current.Lines.Add(line);
            }
            else if (chapter is not null && chapter.Children.Count == 0)
            {
                chapter.Lines.Add(line); // chapter title
            }
        }

        return roots.Select(r => r.ToParsed()).ToArray();
    }

    // Clauses quoted inside amendment instructions ("Sửa đổi Điều 54 như sau: “1. …") restart at 1: not new clauses.
    private static bool IsNextClause(Node article, string label) =>
        int.TryParse(label, out var n) && n == article.Children.Count + 1;

    private static int Roman(string roman)
    {
        var values = new Dictionary<char, int> { ['I'] = 1, ['V'] = 5, ['X'] = 10, ['L'] = 50 };
        var total = 0;
        for (var i = 0; i < roman.Length; i++)
        {
            var v = values[char.ToUpperInvariant(roman[i])];
            total += i + 1 < roman.Length && values[char.ToUpperInvariant(roman[i + 1])] > v ? -v : v;
        }

        return total;
    }

    [GeneratedRegex(@"^(?:Chương|CHƯƠNG)\s+([IVXL]+)\b")]
    private static partial Regex ChapterLine();

    [GeneratedRegex(@"^Điều\s+(\d+[a-zđ]?)\.\s*(.*)$")]
    private static partial Regex ArticleLine();

    [GeneratedRegex(@"^(\d+[a-zđ]?)\.\s")]
    private static partial Regex ClauseLine();

    [GeneratedRegex(@"^([a-zđ])\)\s")]
    private static partial Regex PointLine();
}
