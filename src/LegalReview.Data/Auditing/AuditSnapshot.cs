using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace LegalReview.Data.Auditing;

/// <summary>JSON snapshots of an entity's scalar properties for <see cref="AuditEntry"/>.</summary>
internal static class AuditSnapshot
{
    // Vietnamese stays readable in the stored JSON; enums as names so the trail survives enum reordering.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(
            entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    public static string All(EntityEntry entry, bool original) =>
        Serialize(entry.Properties.Where(p => !IsVersion(p)), original);

    public static string Changed(EntityEntry entry, bool original) =>
        Serialize(entry.Properties.Where(p => p.IsModified && !IsVersion(p) && !Equals(p.OriginalValue, p.CurrentValue)), original);

    private static bool IsVersion(PropertyEntry p) => p.Metadata.Name == nameof(IAuditable.RowVersion);

    private static string Serialize(IEnumerable<PropertyEntry> properties, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in properties)
        {
            values[p.Metadata.Name] = original ? p.OriginalValue : p.CurrentValue;
        }

        return JsonSerializer.Serialize(values, Options);
    }
}
