using System.Security.Cryptography;
using System.Text;

namespace LegalReview.Web.Documents;

/// <summary>
/// Everything a <see cref="DocumentBody"/> depends on. The version id alone is not enough: SQLite may hand a deleted
/// consolidated version's id to the next one, so the text hash is part of the key; permalinks carry ?version=N only
/// when the version is not the latest; VBHN notes come from the instruction records, which a later import rewrites.
/// "asOf" is not part of it: the date only chooses the version, and that version's own date filters the notes.
/// </summary>
public sealed record DocumentBodyKey(long DocumentId, long VersionId, string TextSha256, bool IsLatest, string NotesStamp)
{
    public static DocumentBodyKey For(DocumentDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return new DocumentBodyKey(details.Document.Id, details.VersionId, details.TextSha256, details.IsLatest, StampOf(details.Notes));
    }

    private static string StampOf(IReadOnlyDictionary<string, IReadOnlyList<string>> notes)
    {
        if (notes.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var (stableId, list) in notes.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            text.Append(stableId).Append('\u0001');
            foreach (var note in list)
            {
                text.Append(note).Append('\u0002');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
