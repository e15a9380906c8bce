using System.Numerics;

namespace LegalReview.Data.Alerts;

/// <summary>A fixed-size bit set over the percolated entries (a few hundred to a few thousand bits).</summary>
internal sealed class EntrySet
{
    private readonly ulong[] _words;

    public EntrySet(int count, bool all = false)
    {
        Count = count;
        _words = new ulong[(count + 63) / 64];
        if (!all) return;
        Array.Fill(_words, ulong.MaxValue);
        if (count % 64 != 0) _words[^1] = (1UL << (count % 64)) - 1;
    }

    public int Count { get; }

    public bool IsEmpty => Array.TrueForAll(_words, w => w == 0);

    public bool Contains(int i) => (_words[i >> 6] & (1UL << (i & 63))) != 0;

    public void Add(int i) => _words[i >> 6] |= 1UL << (i & 63);

    public EntrySet And(EntrySet other) => Combine(other, static (a, b) => a & b);

    public EntrySet Or(EntrySet other) => Combine(other, static (a, b) => a | b);

    public EntrySet AndNot(EntrySet other) => Combine(other, static (a, b) => a & ~b);

    public bool Intersects(EntrySet other)
    {
        for (var i = 0; i < _words.Length; i++)
        {
            if ((_words[i] & other._words[i]) != 0) return true;
        }
        return false;
    }

    public List<int> Indexes()
    {
        var result = new List<int>();
        for (var w = 0; w < _words.Length; w++)
        {
            var word = _words[w];
            while (word != 0)
            {
                result.Add((w << 6) + BitOperations.TrailingZeroCount(word));
                word &= word - 1;
            }
        }
        return result;
    }

    /// <summary>Adds <paramref name="weight"/> to <paramref name="scores"/>[i] for every member i (no per-member allocation).</summary>
    public void AddTo(int[] scores, int weight)
    {
        for (var w = 0; w < _words.Length; w++)
        {
            var word = _words[w];
            while (word != 0)
            {
                scores[(w << 6) + BitOperations.TrailingZeroCount(word)] += weight;
                word &= word - 1;
            }
        }
    }

    /// <summary>Members of at least <paramref name="needed"/> of <paramref name="sets"/>.</summary>
    public static EntrySet AtLeast(IReadOnlyList<EntrySet> sets, int needed, int count)
    {
        var result = new EntrySet(count);
        if (needed <= 1)
        {
            foreach (var s in sets) result = result.Or(s);
            return result;
        }
        var counts = new int[count];
        foreach (var s in sets) s.AddTo(counts, 1);
        for (var i = 0; i < count; i++)
        {
            if (counts[i] >= needed) result.Add(i);
        }
        return result;
    }

    private EntrySet Combine(EntrySet other, Func<ulong, ulong, ulong> op)
    {
        var result = new EntrySet(Count);
        for (var i = 0; i < _words.Length; i++) result._words[i] = op(_words[i], other._words[i]);
        return result;
    }
}
