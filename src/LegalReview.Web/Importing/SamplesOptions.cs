namespace LegalReview.Web.Importing;

/// <summary>Configuration section <c>Samples</c>: the sample corpus imported on first start.</summary>
public sealed class SamplesOptions
{
    public const string Section = "Samples";

    /// <summary>Folder of the sample corpus; default: the nearest <c>samples/</c> above the content root.</summary>
    public string? Folder { get; set; }

    /// <summary>Import the samples when the database has no documents at start.</summary>
    public bool ImportOnFirstStart { get; set; } = true;
}
