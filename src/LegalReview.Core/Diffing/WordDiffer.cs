using DiffPlex;
using DiffPlex.Model;

namespace LegalReview.Core.Diffing;

/// <summary>
/// DiffPlex's alignment run directly on word numbers. Its public entry points take strings, split them into piece
/// strings and number those through a dictionary of their own; the words are numbered already
/// (<see cref="PieceIds"/>), so this hands the numbers to its edit-script search and reads the marked pieces back —
/// the same alignment, without a string or a dictionary entry per word.
/// </summary>
internal sealed class WordDiffer : Differ
{
    /// <summary>
    /// Appends to <paramref name="blocks"/> the changed runs (start and count of old words, start and count of new
    /// words) in order, grouped as DiffPlex's DiffResult groups them: a run of changed old words with the run of
    /// changed new words at the same place.
    /// </summary>
    public static void Align(int[] a, int[] b, List<(int StartA, int CountA, int StartB, int CountB)> blocks)
    {
        var oldSide = new ModificationData("") { HashedPieces = a, Modifications = new bool[a.Length] };
        var newSide = new ModificationData("") { HashedPieces = b, Modifications = new bool[b.Length] };
        BuildModificationData(oldSide, newSide);
        var (changedA, changedB) = (oldSide.Modifications, newSide.Modifications);
        var (i, j) = (0, 0);
        while (i < a.Length || j < b.Length)
        {
            while (i < a.Length && j < b.Length && !changedA[i] && !changedB[j]) (i, j) = (i + 1, j + 1);
            var (startA, startB) = (i, j);
            while (i < a.Length && changedA[i]) i++;
            while (j < b.Length && changedB[j]) j++;
            if (i == startA && j == startB) break;
            blocks.Add((startA, i - startA, startB, j - startB));
        }
    }
}
