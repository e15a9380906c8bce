using System.ComponentModel.DataAnnotations;

namespace LegalReview.Search.Elasticsearch;

/// <summary>Configuration section Search:Elasticsearch.</summary>
public sealed class ElasticsearchOptions
{
    public const string Section = "Search:Elasticsearch";

    /// <summary>Base address, e.g. http://localhost:9200/.</summary>
    [Required]
    public Uri? Url { get; set; }

    [Required]
    public string DocumentsIndex { get; set; } = "legal-documents";

    [Required]
    public string ProvisionsIndex { get; set; } = "legal-provisions";
}
