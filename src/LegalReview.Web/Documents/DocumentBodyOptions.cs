using System.ComponentModel.DataAnnotations;

namespace LegalReview.Web.Documents;

/// <summary>Document page settings ("Documents").</summary>
public sealed class DocumentBodyOptions
{
    public const string Section = "Documents";

    /// <summary>Memory bound of the rendered-body cache (<see cref="DocumentBodyCache"/>); 0 renders every request.</summary>
    [Range(0, 1024 * 1024)]
    public int BodyCacheMegabytes { get; set; } = 256;
}
