namespace LegalReview.Crawlers.Http;

/// <summary>
/// A parsed robots.txt (RFC 9309): the group for our token (else <c>*</c>) applies; the longest matching
/// Allow/Disallow path wins, Allow on a tie; <c>*</c> and a final <c>$</c> are supported.
/// </summary>
public sealed class RobotsTxt
{
    private readonly List<(string Agent, List<(bool Allow, string Path)> Rules)> _groups;
    private readonly bool _disallowAll;

    private RobotsTxt(List<(string, List<(bool, string)>)> groups, bool disallowAll)
    {
        _groups = groups;
        _disallowAll = disallowAll;
    }

    /// <summary>No robots.txt (4xx): everything allowed.</summary>
    public static RobotsTxt AllowAll { get; } = new([], false);

    /// <summary>robots.txt unreachable (5xx, network): RFC 9309 says assume everything is disallowed.</summary>
    public static RobotsTxt DisallowAll { get; } = new([], true);

    public static RobotsTxt Parse(string content)
    {
        var groups = new List<(string, List<(bool, string)>)>();
        List<(bool, string)>? rules = null;
        var lastWasAgent = false;
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine.Split('#')[0].Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (field == "user-agent")
            {
                // Consecutive User-agent lines share one group of rules.
                if (!lastWasAgent) rules = [];
                groups.Add((value.ToLowerInvariant(), rules!));
                lastWasAgent = true;
            }
            else if ((field == "allow" || field == "disallow") && rules is not null)
            {
                lastWasAgent = false;
                // An empty Disallow allows everything: it adds no rule.
                if (value.Length > 0) rules.Add((field == "allow", value));
            }
            else lastWasAgent = false;
        }
        return new RobotsTxt(groups, false);
    }

    /// <summary>Whether <paramref name="url"/> may be fetched by a crawler calling itself <paramref name="userAgentToken"/>.</summary>
    public bool IsAllowed(Uri url, string userAgentToken)
    {
        if (_disallowAll) return false;
        var token = userAgentToken.ToLowerInvariant();
        var rules = _groups.Where(g => g.Agent != "*" && token.Contains(g.Agent, StringComparison.Ordinal)).SelectMany(g => g.Rules).ToList();
        if (rules.Count == 0 && !_groups.Any(g => g.Agent != "*" && token.Contains(g.Agent, StringComparison.Ordinal)))
            rules = _groups.Where(g => g.Agent == "*").SelectMany(g => g.Rules).ToList();
        var path = url.PathAndQuery;
        (bool Allow, int Length)? best = null;
        foreach (var (allow, pattern) in rules)
        {
            if (!Matches(path, pattern)) continue;
            if (best is null || pattern.Length > best.Value.Length || (pattern.Length == best.Value.Length && allow))
                best = (allow, pattern.Length);
        }
        return best?.Allow ?? true;
    }

    private static bool Matches(string path, string pattern)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored) pattern = pattern[..^1];
        var parts = pattern.Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal)) return false;
        var position = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            var found = path.IndexOf(parts[i], position, StringComparison.Ordinal);
            if (found < 0) return false;
            position = found + parts[i].Length;
        }
        return !anchored || position == path.Length || (parts.Length > 1 && parts[^1].Length == 0);
    }
}
